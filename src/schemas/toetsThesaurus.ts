import { z } from "zod";

/** A term: one word or a short phrase, as a raadsvoorstel would write it. */
const term = z.string().trim().min(2, "een term heeft minstens 2 tekens").max(60, "een term heeft hoogstens 60 tekens");

/** One subject and the words proposals use for it ("schulden", "schuldhulpverlening", "betalingsachterstand"). */
export const thesaurusGroepSchema = z.object({
  /** Short name of the subject, for people editing the list. */
  naam: z.string().trim().min(1).max(60),
  /** Words and phrases that mean the same subject; base forms are enough (the toets stems and finds compounds). */
  termen: z.array(term).min(2, "een groep heeft minstens twee termen").max(40),
});

/** The data a griffie can extend: content/toets/thesaurus.yaml. */
export const toetsThesaurusSchema = z.object({
  /** Groups of words that count as one subject when a toetssteen is looked up. */
  groepen: z.array(thesaurusGroepSchema).max(500).default([]),
  /** Words every proposal uses; a toetssteen never matches on these alone. */
  stopwoorden: z.array(term).max(2000).default([]),
});

export type ToetsThesaurus = z.infer<typeof toetsThesaurusSchema>;
