import { describe, expect, it } from 'vitest'
import { jsonLdText } from './jsonld'

describe('jsonLdText', () => {
  it('cannot close the script element it sits in', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script')
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>')
  })
})
