/**
 * The validated, normalised integration the card shows (`card.data`, `kombo-load`'s detail).
 * Field names are the API's own, so anyone who knows `GET /integrations/:id` knows this shape;
 * normalising only fills what older payloads lack and drops what the card must never show
 * (`tool.internal_label`) or does not know (unknown keys).
 */

/** Known values plus any string the API adds later (shown as raw text). */
type Open<T extends string> = T | (string & {});

export type Category = Open<'HRIS' | 'ATS' | 'ASSESSMENT' | 'LMS'>;
export type IntegrationStatus = Open<'ACTIVE' | 'INVALID' | 'INACTIVE'>;
export type SetupStatus = Open<'INCOMPLETE' | 'FINAL_SYNC_PENDING' | 'COMPLETED'>;
export type CoverageStatus = Open<'SUPPORTED' | 'UNSUPPORTED' | 'NOT_IMPLEMENTED' | 'UNKNOWN'>;
export type ScopeSetting = Open<'ENABLED' | 'DISABLED' | 'OPTIONAL'>;

export interface CoverageField {
  id: string;
  is_available: boolean;
  coverage_status: CoverageStatus;
  /** `null` for write-action fields, which are never scoped. */
  scope_config_setting: ScopeSetting | null;
  opted_out_by_customer: boolean;
}

/** A read model (`hris_employees`) or a write action (`hris_create_employee`). */
export interface CoverageItem {
  id: string;
  label: string;
  is_available: boolean;
  coverage_status: CoverageStatus;
  scope_config_setting: ScopeSetting | null;
  opted_out_by_customer: boolean;
  fields: CoverageField[];
}

export interface Integration {
  id: string;
  tool: { id: string; label: string; logo_url: string | null; icon_url: string | null };
  category: Category;
  status: IntegrationStatus;
  setup_status: SetupStatus | null;
  end_user: { organization_name: string; creator_email: string | null; origin_id: string | null };
  scope_config: { id: string; name: string | null } | null;
  created_at: string;
  data_expired_at: string | null;
  beta: boolean;
  read_models: CoverageItem[];
  write_actions: CoverageItem[];
}
