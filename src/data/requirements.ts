import { humanizeFieldId } from '../i18n/field-label.js';
import { unavailableReason, type UnavailableReason } from './coverage.js';
import type { CoverageItem, Integration } from './integration.js';

/** Why a data point the app needs is missing: a reason the card knows, or not listed at all. */
export type RequirementReason = UnavailableReason | 'NOT_LISTED';

export interface MissingRequirement {
  /** As the host wrote it: `hris_employees` or `hris_employees.date_of_birth`. */
  requirement: string;
  /** Readable: "Employees" or "Employees › Date of birth". */
  label: string;
  reason: RequirementReason;
}

export interface RequirementsStatus {
  met: boolean;
  total: number;
  available: number;
  missing: MissingRequirement[];
}

/** What the lists mark: required items and fields, and items that hold a missing requirement. */
export interface RequirementMarks {
  /** Ids of required models and actions, and `id.field` of required fields. */
  required: Set<string>;
  /** Ids of models and actions that are, or hold, a missing requirement. */
  missing: Set<string>;
}

/**
 * `hris_employees.date_of_birth` → the item and the field, split at the first dot only: model and
 * action ids never contain one, field ids may (`candidate.first_name`).
 */
export function splitRequirement(requirement: string): { item: string; field: string | undefined } {
  const dot = requirement.indexOf('.');
  return dot < 0
    ? { item: requirement, field: undefined }
    : { item: requirement.slice(0, dot), field: requirement.slice(dot + 1) };
}

/** An unavailable item with no reason the card knows (a coverage value it has never seen) reads as unknown. */
const reasonOf = (item: Parameters<typeof unavailableReason>[0]) => unavailableReason(item) ?? 'UNKNOWN';

/**
 * Checks what the app needs against the integration. A field is available only when its model or
 * action is too (its data comes through it). Duplicates count once; no requirements (or an empty
 * list) is `undefined`, not "all met".
 */
export function evaluateRequirements(
  integration: Integration,
  requirements: readonly string[] | undefined,
): { status: RequirementsStatus; marks: RequirementMarks } | undefined {
  const unique = [...new Set(requirements ?? [])].filter(Boolean);
  if (unique.length === 0) return undefined;
  const items = new Map<string, CoverageItem>();
  // Read models first: an action of the same id would be an API oddity, the model is what apps read.
  for (const item of [...integration.write_actions, ...integration.read_models]) items.set(item.id, item);
  const marks: RequirementMarks = { required: new Set(unique), missing: new Set() };
  const missing: MissingRequirement[] = [];
  for (const requirement of unique) {
    const { item: id, field: fieldId } = splitRequirement(requirement);
    const item = items.get(id);
    const field = item?.fields.find((each) => each.id === fieldId);
    const label = [
      item?.label ?? humanizeFieldId(id),
      ...(fieldId === undefined ? [] : [humanizeFieldId(fieldId)]),
    ].join(' › ');
    let reason: RequirementReason | undefined;
    if (!item || (fieldId !== undefined && !field)) reason = 'NOT_LISTED';
    else if (!item.is_available) reason = reasonOf(item);
    else if (field && !field.is_available) reason = reasonOf(field);
    if (!reason) continue;
    missing.push({ requirement, label, reason });
    if (item) marks.missing.add(id);
  }
  return {
    status: { met: missing.length === 0, total: unique.length, available: unique.length - missing.length, missing },
    marks,
  };
}
