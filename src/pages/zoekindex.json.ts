// The site search's index, one static file next to the pages (see src/site/search-index.ts).
import type { APIRoute } from 'astro';
import { reportModel } from '../site/model-source.ts';
import { searchIndex } from '../site/search-index.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(searchIndex(reportModel())), { headers: { 'content-type': 'application/json' } });
