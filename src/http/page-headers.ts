/**
 * Headers for the pages a worker opens (the chat, /privacy): no other site may frame them,
 * so nobody can dress our chat up as theirs or trick a tap (clickjacking).
 */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': `${csp}; frame-ancestors 'none'`,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };
}
