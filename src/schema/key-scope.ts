import { builder } from '../builder.js';
import { KEY_SCOPES } from '../model/keys.js';

export const KeyScopeEnum = builder.enumType('KeyScope', {
  description: 'What a key may do; each scope includes the ones before it. READ only reads (when the operator makes reading need a key).',
  values: KEY_SCOPES,
});
