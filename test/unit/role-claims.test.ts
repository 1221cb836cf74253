import { describe, expect, it } from 'vitest';
import { INCOMPATIBLE_ROLES, refinedRoles, resolveRoles, rolesCompatible, type RoleClaimValue } from '../../src/domain/role-claims.js';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../src/domain/vocabulary.js';

/** The rule that picks the roles an event shows for one participant from every source's role (src/domain/role-claims.ts). */

const claim = (sourceId: string, role: ParticipantRole): RoleClaimValue => ({ sourceId, role });

describe("a participant's shown roles from its sources' roles", () => {
  it('has no role when no source supports one', () => {
    expect(resolveRoles([])).toEqual({ roles: [], resolution: 'UNKNOWN', conflicting: [] });
  });

  it('shows the roles one source gives, PARTICIPANT only when nothing more specific is said', () => {
    expect(resolveRoles([claim('src:a', 'PARTICIPANT')])).toEqual({ roles: ['PARTICIPANT'], resolution: 'SINGLE', conflicting: [] });
    // The article makes Morocco both host and organiser of the General Assembly: both hold.
    expect(resolveRoles([claim('src:article', 'ORGANISER'), claim('src:article', 'HOST')])).toEqual({
      roles: ['HOST', 'ORGANISER'],
      resolution: 'SINGLE',
      conflicting: [],
    });
  });

  it('agrees when several sources give the same roles', () => {
    expect(resolveRoles([claim('src:a', 'ORGANISER'), claim('src:b', 'ORGANISER')])).toMatchObject({ roles: ['ORGANISER'], resolution: 'AGREED' });
  });

  it('refines PARTICIPANT by a specific role of another source, shown once', () => {
    // Italpress has Hammouchi take part in the General Assembly; African Bulletin has him host it.
    const resolved = resolveRoles([claim('src:italpress', 'PARTICIPANT'), claim('src:africanbulletin', 'HOST'), claim('src:overviewpress', 'HOST')]);
    expect(resolved).toEqual({ roles: ['HOST'], resolution: 'REFINED', conflicting: [] });
  });

  it('shows compatible roles of different sources together', () => {
    expect(resolveRoles([claim('src:a', 'ORGANISER'), claim('src:b', 'HOST')])).toMatchObject({
      roles: ['HOST', 'ORGANISER'],
      resolution: 'REFINED',
    });
  });

  it('never lets CREDITED refine or contradict a part taken', () => {
    expect(resolveRoles([claim('src:a', 'PARTICIPANT'), claim('src:b', 'CREDITED')])).toMatchObject({
      roles: ['PARTICIPANT', 'CREDITED'],
      resolution: 'REFINED',
      conflicting: [],
    });
  });

  it('keeps roles that cannot both hold as a conflict: neither shown, the entity a participant, uncontested roles kept', () => {
    const host = claim('src:a', 'HOST');
    const visitor = claim('src:b', 'VISITOR');
    expect(resolveRoles([host, visitor])).toEqual({ roles: ['PARTICIPANT'], resolution: 'CONFLICT', conflicting: [host, visitor] });
    // A third source's ORGANISER contradicts neither side: it is shown, and refines PARTICIPANT.
    const organiser = claim('src:c', 'ORGANISER');
    const participant = claim('src:d', 'PARTICIPANT');
    expect(resolveRoles([host, organiser, visitor, participant])).toEqual({
      roles: ['ORGANISER'],
      resolution: 'CONFLICT',
      conflicting: [host, visitor],
    });
    expect(resolveRoles([claim('src:a', 'HONOREE'), claim('src:b', 'CONFERRER')]).resolution).toBe('CONFLICT');
    expect(resolveRoles([claim('src:a', 'ARRESTING_AGENCY'), claim('src:b', 'TARGET')]).resolution).toBe('CONFLICT');
  });

  it('says which pairs of roles cannot both hold, symmetrically, and no role contradicts itself', () => {
    expect(rolesCompatible('ORGANISER', 'HOST')).toBe(true);
    expect(rolesCompatible('HOST', 'VISITOR')).toBe(false);
    expect(rolesCompatible('VISITOR', 'HOST')).toBe(false);
    for (const role of PARTICIPANT_ROLES) {
      expect(rolesCompatible(role, role)).toBe(true);
      expect(rolesCompatible(role, 'PARTICIPANT')).toBe(true);
      expect(rolesCompatible(role, 'CREDITED')).toBe(true);
    }
    for (const [a, b] of INCOMPATIBLE_ROLES) expect(a).not.toBe(b);
  });

  it('drops a refined PARTICIPANT from the roles a timeline or graph shows', () => {
    expect(refinedRoles(['PARTICIPANT', 'HOST'])).toEqual(['HOST']);
    expect(refinedRoles(['PARTICIPANT', 'CREDITED'])).toEqual(['PARTICIPANT', 'CREDITED']);
    expect(refinedRoles(['ORGANISER', 'HOST', 'HOST'])).toEqual(['HOST', 'ORGANISER']);
  });
});
