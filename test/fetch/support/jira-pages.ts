// Jira search pages in the documented shapes: /rest/api/3/search/jql (issues, nextPageToken,
// isLast) and /rest/api/2/search (startAt, maxResults, total, issues), each issue with its
// changelog of status changes.
import type { Answer, Seen } from './fake-helpdesk.ts';

export const EMAIL = 'servicedesk@leverancier.example';
export const TOKEN = 'jira-SECRET-token-0815';
/** Basic base64("servicedesk@leverancier.example:jira-SECRET-token-0815"), by `printf ... | base64`. */
export const BASIC = 'Basic c2VydmljZWRlc2tAbGV2ZXJhbmNpZXIuZXhhbXBsZTpqaXJhLVNFQ1JFVC10b2tlbi0wODE1';

export function issue(n: number, histories = 1, total = histories) {
  return {
    id: String(10_000 + n),
    key: `SUP-${n}`,
    fields: { created: '2025-10-06T09:00:00.000+0200', resolutiondate: null, status: { name: 'Waiting for customer' }, priority: { name: 'High' } },
    changelog: {
      startAt: 0,
      maxResults: histories,
      total,
      histories: Array.from({ length: histories }, (_, i) => ({
        id: String(n * 100 + i),
        created: '2025-10-06T10:00:00.000+0200',
        items: [{ field: 'status', fieldtype: 'jira', from: '1', fromString: 'Open', to: '10', toString: 'Waiting for customer' }],
      })),
    },
  };
}

export function jqlPage(issues: number[], nextPageToken: string | undefined, isLast: boolean) {
  return { issues: issues.map((n) => issue(n)), ...(nextPageToken === undefined ? {} : { nextPageToken }), isLast };
}

/** Two pages by token (t1, then the last), and on /rest/api/2/search three issues two at a time. */
export function jira(seen: Seen): Answer {
  if (seen.authorization !== BASIC) return { status: 401, json: { errorMessages: ['Client must be authenticated to access this resource.'] } };
  if (seen.path === '/rest/api/3/search/jql') {
    return seen.query.get('nextPageToken') === 't1' ? { json: jqlPage([3], undefined, true) } : { json: jqlPage([1, 2], 't1', false) };
  }
  if (seen.path === '/rest/api/2/search') {
    const startAt = Number(seen.query.get('startAt'));
    const issues = [1, 2, 3].slice(startAt, startAt + 2).map((n) => issue(n));
    return { json: { startAt, maxResults: 2, total: 3, issues } };
  }
  return { status: 404, json: { errorMessages: ['not found'] } };
}
