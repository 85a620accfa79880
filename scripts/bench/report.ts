/**
 * The benchmark's write-up: a Markdown section for docs/benchmarks.md and a hand-drawn SVG chart.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildResult, SiteSize } from './measure.ts';

/** The site itself, or the floor: plain Astro and MDX over the same content. */
export type Site = 'ours' | 'floor';

export interface Measurement {
  /** The page count the content was generated for. */
  target: number;
  run: 'cold' | 'warm';
  site: Site;
  build: Omit<BuildResult, 'log'>;
  size: SiteSize;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  astro: string;
  pagefind: string;
  date: string;
}

export function describeMachine(root: string): Machine {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const versionOf = (name: string) => {
    try {
      const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
      return manifest.version ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));
const mib = (bytes: number) => bytes / 1024 ** 2;
export const pagesPerSecond = (measurement: Measurement) => measurement.size.htmlPages / measurement.build.wallSeconds;
export const phasePagesPerSecond = (measurement: Measurement) =>
  measurement.build.phases.pages ? measurement.size.htmlPages / measurement.build.phases.pages : undefined;

/** The run with the median wall time (the lower middle one for an even count). */
export function medianOf(results: readonly Measurement[]): Measurement {
  const sorted = [...results].sort((a, b) => a.build.wallSeconds - b.build.wallSeconds);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('No runs to take a median of');
  return middle;
}

/** The site against the floor at each size: wall time, and the ratio the issue's targets are set on. */
export function ratioTable(measurements: readonly Measurement[]): string {
  const find = (target: number, run: 'cold' | 'warm', site: Site) =>
    measurements.find((m) => m.target === target && m.run === run && m.site === site);
  const rows = [...new Set(measurements.map((m) => m.target))].flatMap((target) =>
    (['cold', 'warm'] as const).map((run) => {
      const ours = find(target, run, 'ours');
      const floor = find(target, run, 'floor');
      const ratio = ours && floor ? ours.build.wallSeconds / floor.build.wallSeconds : undefined;
      return `| ${target} | ${run} | ${ours?.size.htmlPages ?? '–'} | ${fixed(ours?.build.wallSeconds)} | ${floor?.size.htmlPages ?? '–'} | ${fixed(floor?.build.wallSeconds)} | ${ratio === undefined ? '–' : `${ratio.toFixed(1)}×`} |`;
    }),
  );
  return [
    '| pages asked for | build | site pages | site wall (s) | floor pages | floor wall (s) | site / floor |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** What each of the site's own phases costs per page built, cold and warm. */
export function phaseCostTable(measurements: readonly Measurement[]): string {
  const perPage = (seconds: number | undefined, pages: number) => (seconds === undefined ? '–' : ((1000 * seconds) / pages).toFixed(1));
  const rows = measurements
    .filter((m) => m.site === 'ours')
    .map((m) => {
      const { phases } = m.build;
      const pages = m.size.htmlPages;
      return `| ${m.target} | ${m.run} | ${pages} | ${perPage(m.build.wallSeconds, pages)} | ${perPage(phases.bundle, pages)} | ${perPage(phases.pages, pages)} | ${perPage(phases.search, pages)} | ${perPage(phases.cards, pages)} | ${perPage(phases.posters, pages)} | ${perPage(phases.classroom, pages)} | ${perPage(phases.kits, pages)} |`;
    });
  return [
    '| pages asked for | build | pages | whole build (ms/page) | bundle (ms/page) | pages phase (ms/page) | search index (ms/page) | cards (ms/page) | posters (ms/page) | classroom PDFs (ms/page) | share images (ms/page) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

export function markdownTable(measurements: readonly Measurement[]): string {
  const header = [
    'pages asked for',
    'site',
    'build',
    'pages built',
    'wall time (s)',
    'CPU time (s)',
    'pages/s',
    'Astro total (s)',
    'bundle (s)',
    'pages phase (s)',
    'pages/s (pages phase)',
    'ms/page (pages phase)',
    'search index (s)',
    'cards (s)',
    'peak memory (MiB)',
    'dist (MiB)',
    'Pagefind (MiB)',
    'one-word search (kB)',
    'largest page (kB gzip)',
  ];
  const rows = measurements.map((m) => {
    const phase = phasePagesPerSecond(m);
    return [
      String(m.target),
      m.site,
      m.run,
      String(m.size.htmlPages),
      fixed(m.build.wallSeconds),
      fixed(m.build.cpuSeconds),
      fixed(pagesPerSecond(m)),
      fixed(m.build.phases.astro),
      fixed(m.build.phases.bundle),
      fixed(m.build.phases.pages, 2),
      fixed(phase),
      phase === undefined ? '–' : fixed(1000 / phase, 2),
      fixed(m.build.phases.search, 2),
      fixed(m.build.phases.cards, 2),
      fixed(m.build.peakMiB, 0),
      fixed(mib(m.size.distBytes)),
      fixed(mib(m.size.pagefindBytes), 2),
      m.size.queryBytes === undefined ? '–' : fixed(m.size.queryBytes / 1024),
      m.size.largestPage ? `${fixed(m.size.largestPage.gzipBytes / 1024)} (${m.size.largestPage.page})` : '–',
    ];
  });
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index < 3 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** How time per page changes from one size to the next, for cold builds. */
function scalingNotes(measurements: readonly Measurement[]): string[] {
  const cold = measurements.filter((m) => m.run === 'cold' && m.site === 'ours');
  return cold.slice(1).map((m, index) => {
    const previous = cold[index]!;
    const pageRatio = m.size.htmlPages / previous.size.htmlPages;
    const wallRatio = m.build.wallSeconds / previous.build.wallSeconds;
    const phaseRatio =
      m.build.phases.pages && previous.build.phases.pages ? m.build.phases.pages / previous.build.phases.pages : undefined;
    return (
      `- ${previous.size.htmlPages} → ${m.size.htmlPages} pages (${pageRatio.toFixed(1)}×): cold wall time ×${wallRatio.toFixed(1)}` +
      (phaseRatio === undefined ? '' : `, pages phase ×${phaseRatio.toFixed(1)}`) +
      `; time per page ${((1000 * previous.build.wallSeconds) / previous.size.htmlPages).toFixed(1)} → ` +
      `${((1000 * m.build.wallSeconds) / m.size.htmlPages).toFixed(1)} ms overall.`
    );
  });
}

export function markdownSection(
  measurements: readonly Measurement[],
  machine: Machine,
  command: string,
  realPages: number,
): string {
  const peakMethod = measurements[0]?.build.peakMethod ?? 'not measured';
  return `## Results

Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB memory,
Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}. Other work may have been running on
the machine at the same time, so compare sizes within one run rather than across runs.

The site against the floor, a plain Astro and MDX project built from the same content with a page
per entry in a layout of similar size (\`scripts/bench/floor-project.ts\`), their builds taking turns:

${ratioTable(measurements)}

What each of the site's phases costs per page:

${phaseCostTable(measurements)}

Everything measured:

${markdownTable(measurements)}

![Build time and pages per second against page count, cold and warm builds](benchmarks.svg)

How time per page grows with the site (a build whose cost grows with the page count alone keeps
time per page flat; fixed start-up costs make small sites look slower per page):

${scalingNotes(measurements).join('\n') || '- (one size only)'}

To reproduce:

\`\`\`sh
${command}
\`\`\`

## What the columns mean

- **pages asked for**: the size the content was generated for; **pages built** counts the HTML
  files written.
- **cold**: empty Astro cache, empty social card cache (when the build has a card step) and a fresh
  output folder. **warm**: the same content built again straight after, with the caches kept.
- **wall time**: the whole \`astro build\` process, start to exit. **pages/s** is pages built divided
  by it. **CPU time**: processor time (user and system) the build used, from GNU time. With two cores
  a build that has the machine to itself uses about 1 to 1.3 s of processor time per second of wall
  time; when other work shares the machine, wall time grows while processor time stays about the
  same, so compare processor time between runs that may have been disturbed.
- **Astro total**, **bundle** (Vite's passes added up), **pages phase** ("generating static
  routes": rendering every page, and the files routes make, such as each campaign's posters and
  hand-outs), **search index** and **cards** (social cards and share images) are read from the
  build's own log. **pages/s (pages phase)** is pages built divided by the pages phase alone.
- **posters**, **classroom PDFs** and **share images**: the steps that draw while pages render,
  from their own lines in the log (first file begun to last done, blank when every file came from
  the cache). They run inside the pages phase, alongside the pages, so they overlap it rather than
  add to it.
- **peak memory**: ${peakMethod}.
- **dist** and **Pagefind**: bytes of every file in the output folder and in its \`pagefind/\`
  folder.
- **largest page**: the biggest HTML file, gzip as a host sends it, and which page it is; the budget
  is 14 kB at any size. The web editor's page (\`/admin/\`) is left out, as the budget test leaves
  it out: it is a fixed shell for the editor that does not grow with the site.
- **one-word search**: an upper bound on what a one-word search downloads, gzip as a host sends
  it, worked out from the files: \`pagefind.js\` (gzipped here), \`wasm.en-gb.pagefind\`, the
  English \`pagefind.en-gb_*.pf_meta\` file, the largest index chunk (a word's entries sit in one chunk) and the
  ten largest result fragments (the search page shows ten results and loads one fragment for
  each). Pagefind's index files are gzip already and are counted as they are. The browser test in
  \`tests/e2e/search.spec.ts\` measures a real search on the real content.

## Content

The real \`content/\` folder is copied, then campaigns, services, school resources and news items are
generated in proportion (10%, 25%, 25% and 40% of the entries added), so the built site has about
the number of pages asked for; the pages a campaign brings besides its own (such as its toolkit)
are counted. The real content alone built ${realPages} pages in this run (counted from a build of it
before the timed ones), so a size at or below that builds the real site as it is. Generated entries
pass every schema and refer to real services and campaigns as well as generated ones. **The text is
synthetic**: sentences put together from word lists of Norfolk towns and topic words, with phone
numbers from the ranges Ofcom keeps for drama. It reads plausibly but is not advice, and it never
leaves the temporary folder.

Every build runs in a copy of the project taken when the run starts (installed packages are linked,
not copied), with its own caches and output folder, so edits made to the project during a long run
do not mix into it, and the project's own \`dist/\` and caches are left alone.
`;
}

// ---- Chart ----------------------------------------------------------------------------------

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Round tick steps (1, 2, 2.5, 5 × 10^n) from 0 to at least `max`. */
function ticks(max: number, count = 5): number[] {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? raw;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => Number((index * step).toPrecision(6)));
}

interface Series {
  label: string;
  colour: string;
  dash: string | undefined;
  marker: 'circle' | 'square';
  /** Secondary series are drawn thin with hollow marks and no value labels. */
  secondary: boolean;
  points: { x: number; y: number }[];
}

interface Panel {
  title: string;
  yLabel: string;
  unit: string;
  series: Series[];
}

function drawPanel(panel: Panel, left: number, top: number, width: number, height: number): string {
  const plot = { left: left + 64, top: top + 36, right: left + width - 16, bottom: top + height - 52 };
  const allX = panel.series.flatMap((series) => series.points.map((point) => point.x));
  const allY = panel.series.flatMap((series) => series.points.map((point) => point.y));
  const xTicks = ticks(Math.max(...allX, 1));
  const yTicks = ticks(Math.max(...allY, 1) * 1.1);
  const xMax = xTicks.at(-1)!;
  const yMax = yTicks.at(-1)!;
  const sx = (x: number) => plot.left + (x / xMax) * (plot.right - plot.left);
  const sy = (y: number) => plot.bottom - (y / yMax) * (plot.bottom - plot.top);
  const parts: string[] = [];
  parts.push(`<text x="${left + width / 2}" y="${top + 16}" class="panel-title">${escapeXml(panel.title)}</text>`);
  for (const y of yTicks) {
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${sy(y)}" y2="${sy(y)}" class="grid"/>`);
    parts.push(`<text x="${plot.left - 8}" y="${sy(y) + 4}" class="tick" text-anchor="end">${y}</text>`);
  }
  for (const x of xTicks) {
    parts.push(`<line x1="${sx(x)}" x2="${sx(x)}" y1="${plot.bottom}" y2="${plot.bottom + 5}" class="axis"/>`);
    parts.push(`<text x="${sx(x)}" y="${plot.bottom + 20}" class="tick" text-anchor="middle">${x}</text>`);
  }
  parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" class="axis"/>`);
  parts.push(`<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" class="axis"/>`);
  parts.push(`<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 42}" class="label" text-anchor="middle">Pages built</text>`);
  parts.push(
    `<text transform="translate(${left + 16} ${(plot.top + plot.bottom) / 2}) rotate(-90)" class="label" text-anchor="middle">${escapeXml(panel.yLabel)}</text>`,
  );
  panel.series.forEach((series, seriesIndex) => {
    const coordinates = series.points.map((point) => `${sx(point.x).toFixed(1)},${sy(point.y).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${coordinates}" fill="none" stroke="${series.colour}" stroke-width="${series.secondary ? 1.5 : 2.5}"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>`,
    );
    for (const point of series.points) {
      const [x, y] = [sx(point.x), sy(point.y)];
      const paint = series.secondary ? `fill="#ffffff" stroke="${series.colour}" stroke-width="1.5"` : `fill="${series.colour}"`;
      parts.push(
        series.marker === 'circle'
          ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" ${paint}/>`
          : `<rect x="${(x - 5).toFixed(1)}" y="${(y - 5).toFixed(1)}" width="10" height="10" ${paint}/>`,
      );
      if (series.secondary) continue;
      // Cold labels sit above their points and warm labels below, so the two never overlap.
      const labelY = seriesIndex === 0 ? y - 10 : y + 20;
      parts.push(
        `<text x="${x.toFixed(1)}" y="${labelY.toFixed(1)}" class="value" fill="${series.colour}" text-anchor="${point.x === xMax ? 'end' : 'middle'}">${point.y.toFixed(point.y < 10 ? 1 : 0)}${panel.unit}</text>`,
      );
    }
  });
  return parts.join('\n  ');
}

export function chartSvg(measurements: readonly Measurement[], machine: Machine): string {
  const width = 960;
  const height = 470;
  const runs = [
    { run: 'cold', label: 'Cold build (empty caches)', colour: '#1d4e89', dash: undefined, marker: 'circle' },
    { run: 'warm', label: 'Warm build (caches kept)', colour: '#8a3b12', dash: '7 5', marker: 'square' },
  ] as const;
  const seriesFor = (value: (m: Measurement) => number | undefined, secondary = false): Series[] =>
    runs.map(({ run, label, colour, dash, marker }) => ({
      label,
      colour,
      dash: secondary ? '2 4' : dash,
      marker,
      secondary,
      points: measurements
        .filter((m) => m.run === run && m.site === 'ours')
        .flatMap((m) => {
          const y = value(m);
          return y === undefined ? [] : [{ x: m.size.htmlPages, y }];
        })
        .sort((a, b) => a.x - b.x),
    }));
  const panels: Panel[] = [
    {
      title: 'Build time: wall clock, and processor time (dotted)',
      yLabel: 'Seconds',
      unit: ' s',
      series: [...seriesFor((m) => m.build.wallSeconds), ...seriesFor((m) => m.build.cpuSeconds, true)],
    },
    { title: 'Pages built per second (whole build)', yLabel: 'Pages per second', unit: '', series: seriesFor(pagesPerSecond) },
  ];
  const title = 'Safer Norfolk build benchmark';
  const subtitle = `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, Astro ${machine.astro}, ${machine.date}`;
  const legendItems = [
    ...runs.map(({ label, colour, dash, marker }) => ({ label, colour, dash, marker, hollow: false })),
    { label: 'Processor time', colour: '#4a4a4a', dash: '2 4', marker: 'circle', hollow: true },
  ] as const;
  const legend = legendItems
    .map(({ label, colour, dash, marker, hollow }, index) => {
      const x = 110 + index * 280;
      const y = 62;
      const paint = hollow ? `fill="#ffffff" stroke="${colour}" stroke-width="1.5"` : `fill="${colour}"`;
      const symbol =
        marker === 'circle'
          ? `<circle cx="${x + 18}" cy="${y}" r="5" ${paint}/>`
          : `<rect x="${x + 13}" y="${y - 5}" width="10" height="10" ${paint}/>`;
      return `<line x1="${x}" x2="${x + 36}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="${hollow ? 1.5 : 2.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${symbol}<text x="${x + 44}" y="${y + 5}" class="legend">${escapeXml(label)}</text>`;
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc">
  <title id="chart-title">${escapeXml(title)}</title>
  <desc id="chart-desc">${escapeXml(
    `Build time in seconds and pages built per second against the number of pages, for cold and warm builds: ${measurements
      .map((m) => `${m.size.htmlPages} pages ${m.run}, ${m.build.wallSeconds.toFixed(1)} s, ${pagesPerSecond(m).toFixed(1)} pages per second`)
      .join('; ')}.`,
  )}</desc>
  <style>
    text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1a1a1a; }
    .title { font-size: 20px; font-weight: 700; }
    .subtitle { font-size: 13px; fill: #4a4a4a; }
    .panel-title { font-size: 15px; font-weight: 700; text-anchor: middle; }
    .label { font-size: 13px; }
    .tick { font-size: 12px; fill: #4a4a4a; }
    .value { font-size: 12px; font-weight: 700; }
    .legend { font-size: 13px; }
    .grid { stroke: #e2e2e2; stroke-width: 1; }
    .axis { stroke: #1a1a1a; stroke-width: 1; }
  </style>
  <rect width="${width}" height="${height}" fill="#ffffff"/>
  <text x="${width / 2}" y="26" class="title" text-anchor="middle">${escapeXml(title)}</text>
  <text x="${width / 2}" y="44" class="subtitle" text-anchor="middle">${escapeXml(subtitle)}</text>
  ${legend}
  ${drawPanel(panels[0]!, 0, 80, width / 2, height - 80)}
  ${drawPanel(panels[1]!, width / 2, 80, width / 2, height - 80)}
</svg>
`;
}
