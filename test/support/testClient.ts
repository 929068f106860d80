// A supertest agent with a cookie jar that sends the CSRF token on writes, plus account shortcuts.
import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';

let userCounter = 0;

export interface RegisteredUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

export class TestClient {
  readonly agent: TestAgent;
  csrfToken = '';

  /** An app in this process, or the base URL of a running Praxis. */
  constructor(readonly app: Express | string) {
    this.agent = request.agent(app);
  }

  async init(): Promise<this> {
    const response = await this.agent.get('/api/auth/csrf').expect(200);
    this.csrfToken = (response.body as { csrfToken: string }).csrfToken;
    return this;
  }

  get(path: string) {
    return this.agent.get(path);
  }
  post(path: string, body?: string | object) {
    const req = this.agent.post(path).set('X-CSRF-Token', this.csrfToken);
    return body === undefined ? req : req.send(body);
  }
  put(path: string, body?: string | object) {
    const req = this.agent.put(path).set('X-CSRF-Token', this.csrfToken);
    return body === undefined ? req : req.send(body);
  }
  patch(path: string, body?: string | object) {
    const req = this.agent.patch(path).set('X-CSRF-Token', this.csrfToken);
    return body === undefined ? req : req.send(body);
  }
  delete(path: string) {
    return this.agent.delete(path).set('X-CSRF-Token', this.csrfToken);
  }

  /** Registers a fresh member and stays signed in as them. */
  async register(fields: Partial<{ email: string; displayName: string; password: string }> = {}): Promise<RegisteredUser> {
    if (!this.csrfToken) await this.init();
    userCounter += 1;
    const email = fields.email ?? `user${userCounter}-${Date.now()}@example.org`;
    const password = fields.password ?? 'correct horse battery';
    const displayName = fields.displayName ?? `Test User ${userCounter}`;
    const response = await this.post('/api/auth/register', { email, password, displayName });
    if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { id: (response.body as { data: { id: string } }).data.id, email, password, displayName };
  }

  async signIn(email: string, password: string): Promise<void> {
    if (!this.csrfToken) await this.init();
    const response = await this.post('/api/auth/sign-in', { email, password });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
}
