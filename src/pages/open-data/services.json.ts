/** The services directory in the Open Referral UK 3.0 standard. */
import type { APIRoute } from 'astro';
import { servicesJson } from '../../data/open-data';

export const GET: APIRoute = async () =>
  new Response(await servicesJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
