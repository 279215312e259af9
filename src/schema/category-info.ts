import { builder } from '../builder.js';
import { CAMEO_ROOTS } from '../model/cameo.js';
import { CATEGORIES, CATEGORY_NAMES, type Category } from '../model/categories.js';
import { RelationCategoryEnum } from './relation-category.js';

export const CategoryInfoRef = builder.objectRef<Category>('CategoryInfo');
CategoryInfoRef.implement({
  description: 'What a relationship category means, and which CAMEO roots define it (extension).',
  fields: (t) => ({
    category: t.field({ type: RelationCategoryEnum, resolve: (c) => c }),
    definition: t.string({ resolve: (c) => CATEGORIES[c].definition }),
    cameoRoots: t.stringList({ resolve: (c) => CATEGORIES[c].cameoRoots.map((r) => `${r} ${CAMEO_ROOTS[r]}`) }),
  }),
});

builder.queryFields((t) => ({
  categories: t.field({
    type: [CategoryInfoRef],
    description: 'The relationship categories and their definitions (extension).',
    resolve: () => [...CATEGORY_NAMES],
  }),
}));
