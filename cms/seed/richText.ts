import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Turns the Markdown of a seed profile into the rich text (Lexical) the editor works with. */
export class MarkdownConverter {
  private constructor(private readonly editorConfig: EditorConfig) {}

  static async forConfig(config: SanitizedConfig): Promise<MarkdownConverter> {
    return new MarkdownConverter(await editorConfigFactory.default({ config }))
  }

  toRichText(markdown: string) {
    return convertMarkdownToLexical({ editorConfig: this.editorConfig, markdown: markdown.trim() })
  }
}
