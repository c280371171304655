import { LinkFeature } from '@payloadcms/richtext-lexical'
import type { Field, TextFieldSingleValidation } from 'payload'
import { isSafeUrl, unsafeUrlMessage } from '../../model/safeUrl'

/**
 * Lexical's link, with the address checked on the server: no javascript:, data: or
 * protocol-relative address gets into a body (a kwartiermaker's draft is published by an editor
 * who may not look at every link). Internal links (to a document) carry no address.
 */
export const SafeLinkFeature = () =>
  LinkFeature({
    fields: ({ defaultFields }) =>
      defaultFields.map((field) => {
        if (!('name' in field) || field.name !== 'url' || field.type !== 'text') return field as Field
        const validate: TextFieldSingleValidation = (value, options) => {
          const internal = (options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal'
          if (!internal && value && !isSafeUrl(value)) return `Dit adres kan niet: ${unsafeUrlMessage}.`
          return (field.validate as TextFieldSingleValidation | undefined)?.(value, options) ?? true
        }
        return { ...field, validate } as Field
      }),
  })
