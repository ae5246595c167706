import { ApiError } from './api';
import { h } from './dom';
import { t } from './i18n';

/**
 * An error as the user should read it: the API's message, and for input errors the field,
 * what was expected and every problem, exactly as the API reports them.
 */
export function errorView(error: unknown): HTMLElement {
  const entries = error instanceof ApiError ? error.errors : [{ message: error instanceof Error ? error.message : String(error) }];
  return h(
    'div',
    { class: 'error', role: 'alert' },
    ...entries.map((entry) => {
      const ext = 'extensions' in entry ? entry.extensions : undefined;
      const problems = ext?.problems ?? [];
      return h(
        'div',
        { class: 'error-entry' },
        h('p', { class: 'error-message' }, entry.message),
        ext?.field ? h('p', {}, h('small', {}, `${t('field')}: `), h('code', { class: 'error-field' }, ext.field)) : null,
        ext?.expected ? h('p', {}, h('small', {}, `${t('expected')}: `), h('span', { class: 'error-expected' }, ext.expected)) : null,
        problems.length > 1 ? h('ul', { class: 'error-problems' }, ...problems.map((p) => h('li', {}, h('code', {}, p.field), ` ${p.message}`))) : null,
      );
    }),
  );
}
