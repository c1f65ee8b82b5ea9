// The outlet registry as the press office keeps it: register (asking first when a similar outlet is
// registered), edit, name aliases, merge two into one. A merge moves everything that names the merged
// outlet to the kept one and cannot be undone.
import { findOutlet, nearOutlets, outletNames, withAliases } from '../domain/outlet-match.ts';
import { nameKey, ORIGINS } from '../domain/record.ts';
import type { OutletChanges, Repositories, StoredOutlet } from '../store/store.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { z } from './zod.ts';

const OutletName = z.string().trim().min(1).max(200);
const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as CN or US')
  .nullable();

export const NewOutletSchema = z.object({
  name: OutletName,
  aliases: z.array(OutletName).max(20).default([]),
  country: Country.default(null),
  origin: z.enum(['domestic', 'foreign']),
  newOutlet: z.boolean().optional().meta({ description: 'register it even though similar outlets are registered (otherwise 409 near_duplicate)' }),
});
export type NewOutletInput = z.infer<typeof NewOutletSchema>;

export const OutletEditSchema = z
  .object({ name: OutletName.optional(), country: Country.optional(), origin: z.enum(ORIGINS).optional() })
  .refine((edit) => Object.values(edit).some((v) => v !== undefined), 'name at least one thing to change');
export type OutletEdit = z.infer<typeof OutletEditSchema>;

export const AliasSchema = z.object({ alias: OutletName });

async function requireOutlet(repos: Pick<Repositories, 'outlets'>, id: string): Promise<StoredOutlet> {
  const outlet = await repos.outlets.get(id);
  if (!outlet) throw new AppError('not_found', `no outlet ${id}`);
  return outlet;
}

/** Refuses a name that another outlet already has, as its name or an alias (ignoring case and punctuation). */
async function refuseTaken(tx: Repositories, names: readonly string[], except: string | null): Promise<void> {
  const others = (await tx.outlets.list()).filter((o) => o.id !== except);
  for (const name of names) {
    const key = nameKey(name);
    const clash = others.find((o) => outletNames(o).some((n) => nameKey(n) === key)) ?? (await tx.outlets.findByName(name));
    if (clash && clash.id !== except) throw new AppError('conflict', `"${name}" is already the outlet ${clash.name}`, 'name');
  }
}

/** The registered outlet a name means, else the registered ones it resembles (the admin chooses). */
export async function matchOutlet(ctx: AppContext, name: string): Promise<{ outlet: StoredOutlet | null; candidates: StoredOutlet[] }> {
  const registry = await ctx.store.outlets.list();
  const outlet = findOutlet(name, registry) ?? (await ctx.store.outlets.findByName(name));
  return { outlet, candidates: outlet ? [] : nearOutlets(name, registry) };
}

/** The error that stops a near-duplicate: it names the candidates so the admin can pick one. */
export function nearDuplicate(name: string, candidates: readonly StoredOutlet[], field: string): AppError {
  const names = candidates.map((c) => `"${c.name}"`).join(', ');
  return new AppError('near_duplicate', `"${name}" resembles registered outlets (${names}): use one of them, or confirm a new outlet`, field);
}

export async function registerOutlet(ctx: AppContext, input: NewOutletInput): Promise<StoredOutlet> {
  // Checked and created in one transaction; the unique name index settles any race left.
  return ctx.store.transaction(async (tx) => {
    await refuseTaken(tx, [input.name, ...input.aliases], null);
    const near = nearOutlets(input.name, await tx.outlets.list());
    if (near.length > 0 && !input.newOutlet) throw nearDuplicate(input.name, near, 'name');
    const aliases = withAliases({ name: input.name, aliases: [] }, input.aliases);
    return tx.outlets.create({ name: input.name, aliases, country: input.country, origin: input.origin }, ctx.clock.now().toISOString());
  });
}

/** Renaming keeps the old name as an alias, so records and applications that use it still find the outlet. */
export async function editOutlet(ctx: AppContext, id: string, edit: OutletEdit): Promise<StoredOutlet> {
  return ctx.store.transaction(async (tx) => {
    const outlet = await requireOutlet(tx, id);
    const changes: OutletChanges = {};
    if (edit.name !== undefined && edit.name !== outlet.name) {
      await refuseTaken(tx, [edit.name], id);
      changes.name = edit.name;
      changes.aliases = withAliases({ name: edit.name, aliases: outlet.aliases.filter((a) => nameKey(a) !== nameKey(edit.name!)) }, [outlet.name]);
    }
    if (edit.country !== undefined) changes.country = edit.country;
    if (edit.origin !== undefined) changes.origin = edit.origin;
    await tx.outlets.update(id, changes);
    return { ...outlet, ...changes };
  });
}

export async function addAlias(ctx: AppContext, id: string, alias: string): Promise<StoredOutlet> {
  return ctx.store.transaction(async (tx) => {
    const outlet = await requireOutlet(tx, id);
    await refuseTaken(tx, [alias], id);
    const aliases = withAliases(outlet, [alias]);
    await tx.outlets.update(id, { aliases });
    return { ...outlet, aliases };
  });
}

export async function removeAlias(ctx: AppContext, id: string, alias: string): Promise<StoredOutlet> {
  return ctx.store.transaction(async (tx) => {
    const outlet = await requireOutlet(tx, id);
    const aliases = outlet.aliases.filter((a) => nameKey(a) !== nameKey(alias));
    if (aliases.length === outlet.aliases.length) throw new AppError('not_found', `${outlet.name} has no other name "${alias}"`, 'alias');
    await tx.outlets.update(id, { aliases });
    return { ...outlet, aliases };
  });
}

/** Merges `goneId` into `keptId`: its turns, hands, accreditations and journalists follow, its names become aliases. */
export async function mergeOutlets(ctx: AppContext, keptId: string, goneId: string): Promise<StoredOutlet> {
  if (keptId === goneId) throw new AppError('validation_failed', 'an outlet cannot be merged into itself', 'into');
  return ctx.store.transaction(async (tx) => {
    const kept = await requireOutlet(tx, keptId);
    const gone = await requireOutlet(tx, goneId);
    const aliases = withAliases(kept, outletNames(gone));
    await tx.outlets.merge(kept.id, gone.id, aliases);
    return { ...kept, aliases };
  });
}
