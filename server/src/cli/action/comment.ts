/** The hidden marker that finds Jalon's comment among a pull request's comments. */
export const COMMENT_MARKER = '<!-- jalon-review -->';

export interface CommentTarget {
  /** `GITHUB_API_URL`: https://api.github.com, or a GitHub Enterprise server's. */
  api: string;
  /** `owner/name`. */
  repository: string;
  /** The pull request's number (pull requests are issues for comments). */
  issue: number;
  token: string;
}

interface IssueComment {
  id: number;
  body?: string;
}

async function call(target: CommentTarget, method: string, url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${target.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'jalon-action',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${response.statusText} ${await response.text()}`);
  return response.json();
}

/** The comment that holds the marker, looking through every page of the pull request's comments. */
async function findComment(target: CommentTarget): Promise<IssueComment | undefined> {
  const base = `${target.api.replace(/\/+$/, '')}/repos/${target.repository}/issues/${target.issue}/comments`;
  for (let page = 1; page < 100; page++) {
    const comments = (await call(target, 'GET', `${base}?per_page=100&page=${page}`)) as IssueComment[];
    const found = comments.find((c) => c.body?.includes(COMMENT_MARKER));
    if (found || comments.length < 100) return found;
  }
  return undefined;
}

/**
 * One comment per pull request, updated in place on every push: the marker finds the previous
 * one (REST API, the job's token). Returns what was done and the comment's id.
 */
export async function upsertComment(
  target: CommentTarget,
  markdown: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const existing = await findComment(target);
  const api = target.api.replace(/\/+$/, '');
  if (existing) {
    await call(target, 'PATCH', `${api}/repos/${target.repository}/issues/comments/${existing.id}`, { body });
    return { action: 'updated', id: existing.id };
  }
  const created = (await call(target, 'POST', `${api}/repos/${target.repository}/issues/${target.issue}/comments`, {
    body,
  })) as IssueComment;
  return { action: 'created', id: created.id };
}
