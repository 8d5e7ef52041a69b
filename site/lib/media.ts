import type { Locale } from '../../domain/locales'
import type { MediaDoc } from './cms'
import { type InLanguage, pick } from './localized'

/** Where the build puts image files (see pages/media/[file].ts). */
export const mediaBasePath = '/media/'

export type ResponsiveImage = {
  src: string
  srcset: string
  width: number
  height: number
  alt: InLanguage | undefined
  objectPosition: string
}

/** An uploaded image as `<img>` attributes: every resized WebP width Payload made, and its real size. */
export function responsiveImage(media: unknown, locale: Locale): ResponsiveImage | undefined {
  if (!media || typeof media !== 'object') return undefined
  const doc = media as MediaDoc
  if (!doc.filename || !doc.width || !doc.height) return undefined
  const variants = [
    ...Object.values(doc.sizes ?? {}).filter((size) => size.filename && size.width),
    { filename: doc.filename, width: doc.width, height: doc.height },
  ].sort((a, b) => (a.width ?? 0) - (b.width ?? 0))
  return {
    src: mediaBasePath + encodeURIComponent(doc.filename),
    srcset: variants.map((v) => `${mediaBasePath}${encodeURIComponent(v.filename!)} ${v.width}w`).join(', '),
    width: doc.width,
    height: doc.height,
    alt: pick<string>(doc.alt as never, locale),
    objectPosition: `${doc.focalX ?? 50}% ${doc.focalY ?? 50}%`,
  }
}

/** Every file of an image: the original and its resized versions. */
export function mediaFiles(doc: MediaDoc): string[] {
  return [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)].filter((name): name is string => Boolean(name))
}
