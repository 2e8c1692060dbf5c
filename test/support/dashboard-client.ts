/** A coordinator's browser, without the browser: cookies, the login form's token and the CSRF token, over real HTTP. */
export class DashboardClient {
  private readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Logs in through the form, as a browser does; returns the status of the form post. */
  async login(email: string, password: string): Promise<Response> {
    const form = await this.fetch('/coordinator/login');
    const token = /name="_login" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const response = await this.fetch('/coordinator/login', { method: 'POST', form: { _login: token, email, password } });
    if (response.status === 303) this.csrf = ((await (await this.fetch('/api/coordinator/me')).json()) as { csrfToken: string }).csrfToken;
    return response;
  }

  get(path: string): Promise<Response> {
    return this.fetch(path);
  }

  /** A JSON change with the session's CSRF token (leave it out with csrf: false). */
  send(method: string, path: string, body?: unknown, { csrf = true } = {}): Promise<Response> {
    return this.fetch(path, { method, json: body ?? {}, headers: csrf ? { 'x-csrf-token': this.csrf } : {} });
  }

  /** A form post, as the dashboard's pages send it, with the CSRF field unless told not to. */
  postForm(path: string, fields: Record<string, string | string[]>, { csrf = true } = {}): Promise<Response> {
    return this.fetch(path, { method: 'POST', form: csrf ? { _csrf: this.csrf, ...fields } : fields });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async fetch(
    path: string,
    options: { method?: string; json?: unknown; form?: Record<string, string | string[]>; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...this.headers, ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(options.form)) for (const v of [value].flat()) params.append(key, v);
      body = params.toString();
    }
    const response = await fetch(`${this.url}${path}`, { method: options.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/max-age=0/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    return response;
  }
}
