/**
 * The admin of a number field that holds euro cents: euros in the list and in the edit
 * form, in the user's language (cms/components/EuroCents*.tsx). Only the admin changes:
 * the column, the API and the exports keep cents.
 */
export const euroCentsAdmin = {
  components: {
    Cell: '/components/EuroCentsCell#EuroCentsCell',
    Field: '/components/EuroCentsField#EuroCentsField',
  },
} as const
