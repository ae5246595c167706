import { t } from './i18n';

/** Where the caller may write, in words (`Kota A, Program Nasional`); null: wherever its role lets it. */
let places: string | null = null;

export function setWriteScope(scope: { regions: Array<{ name: string }>; programs: Array<{ name: string }> } | null): void {
  places = scope ? [...scope.regions, ...scope.programs].map((p) => p.name).join(', ') : null;
}

/** Why a scoped editor may not change an item (the API's `viewerCanEdit` said so). */
export const outsideScopeReason = () => t('outsideScope', { places: places ?? '' });

/**
 * A control that changes an item, as it is when the API says the caller may change the item;
 * otherwise disabled (not hidden: a scoped editor sees what is not theirs), the reason as its tooltip.
 */
export function editable<E extends HTMLButtonElement>(control: E, canEdit: boolean, reason: string = outsideScopeReason()): E {
  if (canEdit) return control;
  control.disabled = true;
  control.title = reason;
  control.setAttribute('aria-label', `${control.textContent ?? ''} (${reason})`);
  control.dataset.outsideScope = '';
  return control;
}

export const scopePlaces = () => places ?? '';
