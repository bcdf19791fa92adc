import { z } from 'zod';

/** A keyed, labelled choice a pool offers (project type, category, effect goal, target group, phase). */
export const choiceSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1, 'Angiv en nøgle')
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Nøglen må kun indeholde små bogstaver, tal og bindestreg'),
  label: z.string().trim().min(1, 'Angiv et navn').max(200, 'Højst 200 tegn'),
});
export type Choice = z.infer<typeof choiceSchema>;

export const poolConfigListsSchema = z.object({
  projectTypes: z.array(choiceSchema).max(50),
  categories: z.array(choiceSchema).max(100),
  effectGoals: z.array(choiceSchema).max(50),
  targetGroups: z.array(choiceSchema).max(50),
  /** The phase model, in order (e.g. Vejle's six phases). */
  phases: z.array(choiceSchema).max(20),
});
export type PoolConfigLists = z.infer<typeof poolConfigListsSchema>;
