// Who a live stream is for: staff see everything, an accredited journalist also their own place in
// the queue, the public only what is public; a conference the caller may not see does not exist.
import { admits } from '../domain/accreditation.ts';
import type { Audience } from '../domain/events.ts';
import { isPublic } from '../domain/lifecycle.ts';
import { isStaff, type User } from '../domain/roles.ts';
import type { ConferenceInfo } from '../store/store.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

export async function streamAudience(ctx: AppContext, user: User | null, conference: ConferenceInfo): Promise<Audience> {
  if (user && isStaff(user.role)) return { kind: 'staff' };
  if (user?.role === 'journalist') {
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const accredited = (await ctx.store.accreditations.forUser(user.id)).some((a) => admits(a, conference, today));
    if (accredited || isPublic(conference.status)) return { kind: 'journalist', userId: user.id };
  }
  if (isPublic(conference.status)) return { kind: 'public' };
  throw new AppError('not_found', `no conference with slug "${conference.slug}"`);
}
