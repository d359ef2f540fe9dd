/**
 * The limits of an account's fields, one number for the API's validation and the web app's
 * counters: a name the API accepts is never refused (or cut) by the form, and the reverse.
 */
export const PERSON_NAME_MIN = 2;
export const PERSON_NAME_MAX = 120;
