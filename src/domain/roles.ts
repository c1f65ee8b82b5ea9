// Who may do what. Staff sign in with a password; journalists with their personal access link;
// everyone else is the public.

export const STAFF_ROLES = ['admin', 'moderator', 'transcriber', 'interpreter'] as const;
export const USER_ROLES = [...STAFF_ROLES, 'journalist'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type UserRole = (typeof USER_ROLES)[number];
/** The caller of a request: a signed-in user's role, or the anonymous public. */
export type Role = UserRole | 'public';

/** How the public record names whoever changed it: by role, never by account. */
export const EDITOR_ROLE_WORDS: Record<UserRole, string> = {
  admin: 'press office',
  moderator: 'moderator',
  transcriber: 'transcriber',
  interpreter: 'interpreter',
  journalist: 'journalist',
};

/**
 * The languages an interpreter writes: every language of the conference but its first, the
 * language of the floor, which the transcribers keep. Interpreters neither open nor finalize turns.
 */
export function interpretedLanguages(conferenceLanguages: readonly string[]): string[] {
  return conferenceLanguages.slice(1);
}

export function isStaff(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/**
 * Who is offered which console. The moderator's is refused to everyone else (403); the writing
 * console admits all staff, but each is offered only the part of it their role is for.
 */
export const CONSOLE_ROLES = {
  moderate: ['moderator', 'admin'],
  transcribe: ['transcriber', 'moderator', 'admin'],
  interpret: ['interpreter', 'moderator', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  outletId: string | null;
  createdAt: string;
  /** When an admin disabled the account, or null while it may sign in. */
  disabledAt: string | null;
}

/** Who is acting, as every use case receives it. */
export type Actor = { kind: 'user'; user: User } | { kind: 'public' };

export function actorRole(actor: Actor): Role {
  return actor.kind === 'user' ? actor.user.role : 'public';
}
