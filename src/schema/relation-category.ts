import { builder } from '../builder.js';
import { CATEGORIES, CATEGORY_NAMES } from '../model/categories.js';

export const RelationCategoryEnum = builder.enumType('RelationCategory', {
  description: 'What kind of tie a relationship is. PRESSURE is defined by CAMEO roots 10, 11, 13, 15, 16 and 17 (see Query.categories).',
  values: Object.fromEntries(CATEGORY_NAMES.map((c) => [c, { description: CATEGORIES[c].definition }])) as Record<
    (typeof CATEGORY_NAMES)[number],
    { description: string }
  >,
});
