// After the build: give every prerendered page a strict Content-Security-Policy <meta>.
// Each prerendered page carries an inline bootstrap script and its inlined stylesheet
// (scripts/page-html.ts); each is allowed by its sha256 hash, so
// neither script-src nor style-src needs 'unsafe-inline', there is no eval, and Trusted Types
// are enforced.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// BUILD_DIR moves the build as it does in vite.config.ts (scripts/site-config.ts).
const root = process.argv[2] ?? join(process.env.BUILD_DIR || 'build', 'client');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The CSP hash sources of the bodies `pattern` (with one group, the body) finds in `html`. */
function hashSources(html, pattern) {
  return [...html.matchAll(pattern)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
    .filter((hash, i, all) => all.indexOf(hash) === i);
}

export function policyFor(html) {
  // JSON-LD is a data block, which the browser never runs: script-src need not allow it.
  const scripts = hashSources(
    html,
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
  );
  // The stylesheet inlined by scripts/page-html.ts; style attributes stay forbidden.
  const styles = hashSources(html, /<style[^>]*>([\s\S]*?)<\/style>/g);
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Workers (the loader's and the studio's checks) come from this origin only.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // The search form is a plain GET form to /search, so it works before (or without) the
    // page's script. frame-ancestors cannot be set by a <meta>: embeds (?embed=1) may be
    // framed by any site, and the host must not forbid it either (README, Deploying).
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    // Two policies only, each passing one worker's script URL and nothing else: the studio's
    // checks (src/features/studio/check-draft.ts) and the loader's (debate-worker-client.ts).
    // No HTML policy at all.
    'trusted-types studio-worker debate-worker',
  ].join('; ');
}

let count = 0;
for (const file of htmlFiles(root)) {
  const html = readFileSync(file, 'utf8').replace(
    /<meta http-equiv="Content-Security-Policy"[^>]*>/,
    '',
  );
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  // The policy must come before any script; the charset stays first.
  const withPolicy = html.replace(
    /<meta charset="utf-8"\s*\/?>/i,
    (charset) => `${charset}${meta}`,
  );
  if (withPolicy === html) throw new Error(`${file}: no <meta charSet> to put the policy after`);
  writeFileSync(file, withPolicy);
  count++;
}
console.log(`add-csp: a strict Content-Security-Policy on ${count} pages`);
