// The live stream for every role. The route × role matrix of the JSON API is test/http/role-matrix.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { USER_ROLES, type UserRole } from '../../src/domain/roles.ts';
import { ApiClient } from '../support/client.ts';
import { journalist, liveConference, staff } from '../support/people.ts';
import { testServer } from '../support/server.ts';

const { url, ctx } = await testServer();

type Caller = UserRole | 'public';
const ANYONE: Caller[] = ['public', ...USER_ROLES];

const admin = await staff(ctx, url, 'admin', 'Matrix Admin');
const callers: Record<Caller, ApiClient> = {
  public: new ApiClient(url),
  admin,
  moderator: await staff(ctx, url, 'moderator', 'Matrix Moderator'),
  transcriber: await staff(ctx, url, 'transcriber', 'Matrix Transcriber'),
  interpreter: await staff(ctx, url, 'interpreter', 'Matrix Interpreter'),
  journalist: new ApiClient(url),
};
const slug = await liveConference(admin, 'Matrix Conference');
callers.journalist = await journalist(admin, url, 'Matrix Journalist', 'Matrix Daily', slug);

test('the event stream is open to everyone on a live conference', async () => {
  for (const caller of ANYONE) {
    const stream = callers[caller].stream(slug);
    await stream.opened;
    assert.equal(stream.status, 200, caller);
    stream.close();
  }
});
