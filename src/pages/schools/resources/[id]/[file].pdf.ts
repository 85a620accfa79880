import type { APIRoute, GetStaticPaths } from 'astro';
import { resources, type Resource } from '../../../../data/entries';
import { classroomFiles, classroomPdf, fromEntry } from '../../../../lib/classroom/printables';

// Names only: the files' words include the site's address, which `GET` knows and this does not.
const placeholderSite = new URL('https://example.invalid/');

export const getStaticPaths = (async () =>
  (await resources()).flatMap((entry) =>
    classroomFiles(fromEntry(entry), placeholderSite).map((printable) => ({ params: { id: entry.id, file: printable.file }, props: { entry } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { entry } = props as { entry: Resource };
  const printable = classroomFiles(fromEntry(entry), site!).find((each) => each.file === params.file)!;
  const bytes = await classroomPdf(entry.id, printable);
  // A copy backed by a plain ArrayBuffer, the only kind a Response body accepts.
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
