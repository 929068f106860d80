// The browsable API documentation at /api/docs: a self-contained HTML page (no scripts, no CDN) listing each path
// and method with its summary, parameters, request body schema and responses, rendered from the OpenAPI document.

type Json = Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

const anchor = (method: string, path: string): string => `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');

function parameterRows(parameters: Json[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters.map((parameter) => {
    const schema = (parameter.schema ?? {}) as Json;
    const type = Array.isArray(schema.enum) ? (schema.enum as unknown[]).join(' | ') : String(schema.type ?? 'value');
    return `<tr><td><code>${escapeHtml(String(parameter.name))}</code></td><td>${escapeHtml(String(parameter.in))}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${escapeHtml(type)}</td></tr>`;
  });
  return `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Type</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function operationSection(path: string, method: string, operation: Json): string {
  const [mediaType, body] = (Object.entries(((operation.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>)[0] ?? []) as [string?, Json?];
  const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>)
    .map(([status, response]) => `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(response.description ?? ''))}</li>`)
    .join('');
  return `<section id="${anchor(method, path)}" aria-labelledby="${anchor(method, path)}-h">
<h3 id="${anchor(method, path)}-h"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(operation.summary ?? ''))}</p>
${parameterRows((operation.parameters ?? []) as Json[])}
${body ? `<details><summary>Request body (${escapeHtml(mediaType ?? '')}, JSON Schema)</summary><pre>${escapeHtml(JSON.stringify(body.schema, null, 2))}</pre></details>` : ''}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

export function renderDocsPage(document: Json): string {
  const info = (document.info ?? {}) as Json;
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  const byTag = new Map<string, typeof operations>();
  for (const entry of operations) {
    const tag = String(((entry.operation.tags ?? ['other']) as string[])[0]);
    byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  }
  const toc = [...byTag.entries()]
    .map(([tag, entries]) => `<li>${escapeHtml(tag)}<ul>${entries.map((e) => `<li><a href="#${anchor(e.method, e.path)}"><code>${e.method.toUpperCase()} ${escapeHtml(e.path)}</code></a></li>`).join('')}</ul></li>`)
    .join('');
  const sections = [...byTag.entries()]
    .map(([tag, entries]) => `<section aria-labelledby="tag-${anchor('', tag)}"><h2 id="tag-${anchor('', tag)}">${escapeHtml(tag)}</h2>${entries.map((e) => operationSection(e.path, e.method, e.operation)).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(String(info.title ?? 'API'))} documentation</title></head>
<body>
<header><h1>${escapeHtml(String(info.title ?? 'API'))} <small>${escapeHtml(String(info.version ?? ''))}</small></h1>
<p>${escapeHtml(String(info.description ?? ''))}</p>
<p>Machine-readable: <a href="/api/openapi.json">OpenAPI 3.1 document</a>. Writes need the session cookie and the <code>X-CSRF-Token</code> header from <code>GET /api/auth/csrf</code>.</p></header>
<nav aria-label="Endpoints"><ul>${toc}</ul></nav>
<main>${sections}</main>
</body>
</html>
`;
}
