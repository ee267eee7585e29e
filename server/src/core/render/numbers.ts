/** The renderer's number formats live with the messages' (i18n/numbers.ts): one French way to write a figure. */
export * from '../i18n/numbers';
