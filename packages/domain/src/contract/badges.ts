import { z } from 'zod';
import { instantSchema } from './fields.js';
import { named } from './registry.js';

/** `GET /api/badges/models/:id` and `/api/badges/teams/:team`: a badge to paste into a README. */
export const badgeLinkSchema = named(
  'BadgeLink',
  z.strictObject({
    url: z
      .url()
      .describe('The signed badge image, absolute: PUBLIC_URL when set, else the host the request was sent to'),
    markdown: z.string().describe('The badge linking to the page it sums up'),
  }),
);
export type BadgeLink = z.output<typeof badgeLinkSchema>;

/** `POST /api/badges/rotate-secret`: when the new signing secret took over. */
export const badgeSecretRotationSchema = named('BadgeSecretRotation', z.strictObject({ rotatedAt: instantSchema }));
