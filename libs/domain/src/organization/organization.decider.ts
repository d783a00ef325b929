import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { resolveEffectiveOn } from '../shared/dates.js';
import { changesOf, withChanges } from '../shared/same-value.js';
import { requireIatiOrganizationIdentifier } from '../shared/iati-identifiers.js';
import { definedOnly, requireReason } from '../shared/text.js';
import type { AmendOrganization, OrganizationCommand, RegisterOrganization, RenameOrganization } from './organization.commands.js';
import { ORGANIZATION_KINDS, type AmendableOrganization, type OrganizationEvent } from './organization.events.js';
import type { OrganizationState } from './organization.state.js';

function register({ data }: RegisterOrganization, state: OrganizationState): OrganizationEvent[] {
  if (state.status !== 'none') reject('ORGANIZATION_ALREADY_REGISTERED', `organization ${state.organizationId} is already registered`);
  if (!ORGANIZATION_KINDS.includes(data.kind)) reject('INVALID_ORGANIZATION_KIND', `kind must be one of ${ORGANIZATION_KINDS.join(', ')}`, 'kind');
  if (data.iatiIdentifier !== undefined) requireIatiOrganizationIdentifier(data.iatiIdentifier);
  const effectiveOn = resolveEffectiveOn(data);
  const { organizationId, name, acronym, kind, country, iatiIdentifier } = data;
  return [{ type: 'OrganizationRegistered', data: definedOnly({ organizationId, name, acronym, kind, country, effectiveOn, iatiIdentifier }) }];
}

function rename({ data }: RenameOrganization, state: OrganizationState): OrganizationEvent[] {
  if (state.status === 'none') reject('ORGANIZATION_NOT_FOUND', `organization ${data.organizationId} is not registered`);
  const effectiveOn = resolveEffectiveOn(data);
  const acronym = data.acronym ?? state.acronym;
  if (data.name === state.name && acronym === state.acronym) return [];
  return [{ type: 'OrganizationRenamed', data: { name: data.name, acronym, previousName: state.name, previousAcronym: state.acronym, effectiveOn } }];
}

/** A correction (null removes the IATI identifier); an amendment that changes nothing records nothing. */
function amend({ data }: AmendOrganization, state: OrganizationState): OrganizationEvent[] {
  if (state.status === 'none') reject('ORGANIZATION_NOT_FOUND', `organization ${data.organizationId} is not registered`);
  const reason = requireReason(data.reason);
  const proposed = definedOnly({ name: data.name, acronym: data.acronym, kind: data.kind, country: data.country, iatiIdentifier: data.iatiIdentifier });
  if (Object.keys(proposed).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to amend', 'reason');
  if (proposed.kind !== undefined && !ORGANIZATION_KINDS.includes(proposed.kind)) reject('INVALID_ORGANIZATION_KIND', `kind must be one of ${ORGANIZATION_KINDS.join(', ')}`, 'kind');
  if (proposed.iatiIdentifier !== undefined && proposed.iatiIdentifier !== null) requireIatiOrganizationIdentifier(proposed.iatiIdentifier);
  const { name, acronym, kind, country, iatiIdentifier } = state;
  const { before, after } = changesOf<Partial<AmendableOrganization>, 'iatiIdentifier'>({ name, acronym, kind, country, iatiIdentifier }, proposed);
  if (Object.keys(after).length === 0) return [];
  return [{ type: 'OrganizationAmended', data: { before, after, reason } }];
}

export const organizationDecider: Decider<OrganizationState, OrganizationCommand, OrganizationEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterOrganization':
        return register(command, state);
      case 'RenameOrganization':
        return rename(command, state);
      case 'AmendOrganization':
        return amend(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'OrganizationRegistered': {
        const { organizationId, name, acronym, kind, country, iatiIdentifier } = event.data;
        return definedOnly({ status: 'registered' as const, organizationId, name, acronym, kind, country, iatiIdentifier });
      }
      case 'OrganizationRenamed':
        return state.status === 'none' ? state : { ...state, name: event.data.name, acronym: event.data.acronym };
      case 'OrganizationAmended':
        return state.status === 'none' ? state : withChanges(state, event.data.after);
      default:
        return assertNever(event);
    }
  },
};
