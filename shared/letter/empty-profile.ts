import type { SenderProfile } from './options';

/**
 * A profile with nothing filled in. Kept free of zod so the renderer can use it: zod's start-up
 * probe for `new Function` would trip the renderer's strict CSP.
 */
export const EMPTY_PROFILE: SenderProfile = {
  title: '',
  firstName: '',
  lastName: '',
  street: '',
  addressLine2: '',
  postcode: '',
  city: '',
  country: '',
  datePlace: '',
  initialsOnly: false,
};
