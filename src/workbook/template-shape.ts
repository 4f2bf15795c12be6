// How many items each area of the guide has, without the guide's text in either language: all that
// seeding a plan, checking a saved one and encoding a link need, so that code does not download a guide.
import shape from 'virtual:workbook-template/shape';
import type { TemplateShape } from './model';

export const TEMPLATE_SHAPE: TemplateShape = shape;
