/**
 * The place finder on /districts/. One exact match in one district, confirmed on a council's own
 * page, opens that district's page at once: it is the quickest way to the "report it" numbers, and
 * an exact, checked name cannot be a wrong guess. A place known only from an encyclopaedia or guide
 * is answered with a link instead, so the reader sees the answer before acting on it; so are a
 * close spelling, a place covered by two councils, and nothing found.
 */
import { listInWords } from '../lib/verification';
import { districtsOf, findPlace, fromRows, type FindResult, type Place, type PlaceFinderData } from '../lib/places';

const form = document.querySelector<HTMLFormElement>('[data-place-finder]');
const result = document.querySelector<HTMLElement>('[data-place-result]');

if (form && result) {
  const input = form.querySelector<HTMLInputElement>('input[name="place"]')!;
  const listHref = `#${form.dataset.list ?? ''}`;
  let loading: Promise<{ data: PlaceFinderData; places: Place[] }> | undefined;
  // Fetched from this site only, and only once someone starts to use the finder.
  const load = () =>
    (loading ??= fetch('/districts/places.json')
      .then((response) => response.json() as Promise<PlaceFinderData>)
      .then((data) => ({ data, places: fromRows(data.places) })));
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });

  const el = (tag: string, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const link = (href: string, text: string) => {
    const anchor = el('a', text, 'font-bold') as HTMLAnchorElement;
    anchor.href = href;
    return anchor;
  };
  const listLink = () => {
    const p = el('p', 'Or find your town or village in the ');
    p.append(link(listHref, 'list of places by district'), '.');
    return p;
  };

  const show = (query: string, found: FindResult, data: PlaceFinderData) => {
    const districts = districtsOf(found.places).map((slug) => ({ slug, ...data.districts[slug]! }));
    const nodes: Node[] = [];
    if (found.status === 'exact' && districts.length === 1) {
      const [district] = districts;
      const [place] = found.places;
      const confirmed = found.places.every((match) => match.confirmed);
      const p = el('p', `${place!.name} is in ${district!.label}. ${confirmed ? 'Opening' : 'Go to'} `, 'text-lg font-bold');
      p.append(link(district!.href, `the ${district!.label} page`), '.');
      nodes.push(p);
      if (confirmed) location.assign(district!.href);
      else nodes.push(listLink());
    } else if (found.status === 'exact') {
      const name = found.postcode ?? found.places[0]!.name;
      nodes.push(el('p', `${name} is covered by ${districts.length === 2 ? 'two' : districts.length} councils: ${listInWords(districts.map((d) => d.label))}.`, 'text-lg font-bold'));
      nodes.push(el('p', `Choose the one for your part of ${name}:`));
      const list = el('ul', undefined, 'bullets');
      for (const district of districts) {
        const item = el('li');
        item.append(link(district.href, district.label));
        list.append(item);
      }
      nodes.push(list);
    } else if (found.status === 'near') {
      nodes.push(el('p', `We could not find “${query}”. Did you mean:`, 'text-lg font-bold'));
      const list = el('ul', undefined, 'bullets');
      for (const place of found.places) {
        const labels = place.districts.map((slug) => data.districts[slug]!);
        const item = el('li');
        labels.forEach((label, index) => {
          item.append(index === 0 ? '' : ' or ', link(label.href, `${place.name}, ${label.label}`));
        });
        list.append(item);
      }
      nodes.push(list, listLink());
    } else if (found.postcode) {
      nodes.push(el('p', `We cannot look up the postcode ${found.postcode} yet.`, 'text-lg font-bold'));
      nodes.push(el('p', 'Type the name of your town or village instead.'), listLink());
    } else {
      nodes.push(el('p', found.status === 'empty' ? 'Type the name of your town or village.' : `We could not find “${query}”.`, 'text-lg font-bold'));
      nodes.push(el('p', 'Check the spelling, or type the nearest town.'), listLink());
    }
    result.replaceChildren(...nodes);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    load()
      .then(({ data, places }) => show(query, findPlace(query, places), data))
      // Without the list the page's own list still works: go there, as the form would without JavaScript.
      .catch(() => location.assign(listHref));
  });
}
