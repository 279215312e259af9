import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './query.js';

export const schema = lexicographicSortSchema(builder.toSchema());
