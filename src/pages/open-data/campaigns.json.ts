/** Every campaign, with the services it sends readers to. */
import type { APIRoute } from 'astro';
import { campaignsJson } from '../../data/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(await campaignsJson(site!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
