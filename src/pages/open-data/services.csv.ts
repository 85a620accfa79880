/** The services directory as a spreadsheet, one row per service. */
import type { APIRoute } from 'astro';
import { servicesCsvText } from '../../data/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(await servicesCsvText(site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
