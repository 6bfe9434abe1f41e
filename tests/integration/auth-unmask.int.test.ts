// unmaskEntity: editor and admin reveal a victim's personal properties for a stated purpose, recorded in the
// audit log; other roles are refused, a missing purpose is BAD_USER_INPUT; ordinary reads stay masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSettled } from '../../server/audit/append-queue.js';
import type { Principal } from '../../server/graphql/context.js';
import { type Api, openApi, unique } from './api-harness.js';

const editor: Principal = { id: 'unmask-editor', name: 'Eda Editor', roles: ['editor'], via: 'session' };
const analyst: Principal = { id: 'unmask-analyst', name: 'Ali Analyst', roles: ['analyst'], via: 'session' };
let asAdmin: Api;
let asEditor: Api;
let asAnalyst: Api;
let victimId: string;
const victimName = unique('Jane Victim');

const UNMASK = `mutation ($id: ID!, $purpose: String!) {
  unmaskEntity(id: $id, purpose: $purpose) { id kind caption properties unmasked purpose }
}`;

beforeAll(async () => {
  [asAdmin, asEditor, asAnalyst] = await Promise.all([
    openApi(),
    openApi('integration:api-tests', editor),
    openApi('integration:api-tests', analyst),
  ]);
  const written = await asAdmin.gql(
    `mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }`,
    {
      input: {
        source: { title: unique('Victim statement'), publisher: 'Test' },
        identities: [
          {
            name: victimName,
            birthDate: '1990-02-03',
            identityType: 'stolen',
            victim: true,
            documentNumber: 'X1234567',
          },
        ],
      },
    },
  );
  expect(written.errors).toBeUndefined();
  victimId = written.data?.upsertEntities.ids[1];
});
afterAll(async () => {
  await Promise.all([asAdmin.close(), asEditor.close(), asAnalyst.close()]);
});

describe('unmaskEntity', () => {
  it('stays masked in ordinary reads, for every role', async () => {
    for (const api of [asAdmin, asEditor]) {
      const read = await api.gql('query ($id: ID!) { entity(id: $id) { caption properties masked } }', {
        id: victimId,
      });
      expect(read.data?.entity.caption).not.toContain(victimName);
      expect(read.data?.entity.properties.name).toBe('[masked]');
      expect(read.data?.entity.masked).toEqual(
        expect.arrayContaining(['name', 'birthDate', 'documentNumber']),
      );
    }
  });

  it('reveals to an editor with a purpose, and records who, what and why in the audit log', async () => {
    const purpose = unique('Notify the victim under case 42');
    const result = await asEditor.gql(UNMASK, { id: victimId, purpose: `  ${purpose} ` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.unmaskEntity).toMatchObject({
      id: victimId,
      kind: 'Identity',
      caption: victimName,
      purpose,
      unmasked: expect.arrayContaining(['name', 'birthDate', 'documentNumber']),
    });
    expect(result.data?.unmaskEntity.properties).toMatchObject({
      name: victimName,
      documentNumber: 'X1234567',
    });
    // Outcome entries are written after the answer: wait for this handle's, so a wrong one would show.
    await auditSettled(asEditor.db);
    const { records } = await asAdmin.db.read(
      `MATCH (e:AuditEvent {action: 'victim.unmask', principalId: $who}) WHERE $id IN e.targetIds
       RETURN e.parameters AS parameters`,
      { who: editor.id, id: victimId },
    );
    expect(records.length).toBe(1);
    const stored = String(records[0]?.get('parameters'));
    expect(stored).toContain(purpose);
    expect(stored).not.toContain('X1234567');
    // One entry for the reveal: the resolver's (the plugin records only failed unmasks), besides the intent
    // every mutation writes before it runs.
    const entries = await asAdmin.db.read(
      `MATCH (e:AuditEvent {operation: 'unmaskEntity', principalId: $who}) WHERE $id IN e.targetIds
       RETURN e.action AS action, e.outcome AS outcome`,
      { who: editor.id, id: victimId },
    );
    expect(entries.records.map((r) => r.toObject())).toEqual([{ action: 'victim.unmask', outcome: 'ok' }]);
  });

  it('refuses an analyst (FORBIDDEN) and an empty or too short purpose (BAD_USER_INPUT)', async () => {
    const denied = await asAnalyst.gql(UNMASK, { id: victimId, purpose: 'Because I want to know' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.data?.unmaskEntity ?? null).toBeNull();
    for (const purpose of ['', '   ', 'why']) {
      const bad = await asEditor.gql(UNMASK, { id: victimId, purpose });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ path: 'purpose' }],
      });
    }
    const missing = await asEditor.gql(UNMASK, { id: 'idn_nothing_here', purpose: 'Checking a lead' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
