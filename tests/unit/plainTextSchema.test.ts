import { describe, expect, it } from 'vitest'
import { looksLikeMarkup, plainText, plainTextProblem } from '../../domain/forms/plainText'
import { recordIdNumber, recordIdText } from '../../domain/forms/recordId'

describe('the plain-text rule shared by every public free-text field', () => {
  it('takes ordinary writing in any language, with "<" and "JavaScript" used as words', () => {
    for (const value of ['Marie Dubois', 'Ελένη Παπαδοπούλου', 'محمد الأحمد', '2 < 3 & 4 > 1', 'a < b', 'JavaScript: 5 years', 'Rue de l’Église 12', '😀 merci !']) {
      expect(plainTextProblem(value), value).toBeUndefined()
    }
  })

  it('refuses markup as a browser would read it', () => {
    for (const value of ['<script>alert(1)</script>', '<b>x</b>', 'x</p>', '<!-- x -->', '<?php ?>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'VBScript:msgbox']) {
      expect(looksLikeMarkup(value), value).toBe(true)
      expect(plainTextProblem(value), value).toBe('noMarkup')
    }
  })

  it('refuses control characters, and bidirectional overrides that disguise text', () => {
    for (const code of [0x00, 0x07, 0x1b, 0x7f, 0x85, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const value = `cv${String.fromCharCode(code)}fdp.exe`
      expect(plainTextProblem(value), code.toString(16)).toBe('invisibleCharacters')
      expect(plainTextProblem(value, true), code.toString(16)).toBe('invisibleCharacters')
    }
    expect(plainTextProblem('half a pair \ud800')).toBe('invisibleCharacters')
  })

  it('allows line breaks and tabs in a text area only', () => {
    for (const value of ['line one\nline two', 'line one\r\nline two', 'a\tb']) {
      expect(plainTextProblem(value, true), JSON.stringify(value)).toBeUndefined()
      expect(plainTextProblem(value, false), JSON.stringify(value)).toBe('invisibleCharacters')
    }
  })

  it('trims, requires, and limits the length, naming each problem by its message key', () => {
    const name = plainText(5)
    expect(name.parse('  Jan  ')).toBe('Jan')
    expect(name.safeParse('   ').error?.issues[0].message).toBe('required')
    expect(name.safeParse('Johannes').error?.issues[0].message).toBe('tooLong')
    expect(name.safeParse('<b>').error?.issues[0].message).toBe('noMarkup')
    expect(name.safeParse(42).error?.issues[0].message).toBe('required')
    expect(plainText(5, { required: false }).parse('')).toBe('')
  })
})

describe('record ids in forms', () => {
  it('take what a database id can be, and nothing that would break the query', () => {
    expect(recordIdNumber.parse(12)).toBe(12)
    expect(recordIdText.parse('12')).toBe('12')
    expect(recordIdText.parse(12)).toBe('12')
    for (const id of [0, -1, 1.5, 2_147_483_648, Number.MAX_SAFE_INTEGER]) expect(recordIdNumber.safeParse(id).success, String(id)).toBe(false)
    for (const id of ['', '0', '01', '1\u0000', '2147483648', '1 OR 1=1', 'abc', undefined, null]) expect(recordIdText.safeParse(id).success, String(id)).toBe(false)
  })
})
