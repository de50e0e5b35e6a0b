/**
 * The source and target language of a form, as two labelled inputs named `sourceLang` and `targetLang`
 * (the new-document and glossary forms).
 */
export function LanguageFields({
  sourceLang,
  targetLang,
  onSourceLang,
  onTargetLang,
  placeholders,
  size,
  required = false,
}: {
  sourceLang: string;
  targetLang: string;
  onSourceLang: (value: string) => void;
  onTargetLang: (value: string) => void;
  placeholders: { source: string; target: string };
  size: number;
  required?: boolean;
}) {
  return (
    <>
      <label>
        Source language
        <input
          name="sourceLang"
          value={sourceLang}
          onChange={(e) => onSourceLang(e.target.value)}
          placeholder={placeholders.source}
          size={size}
          required={required}
        />
      </label>
      <label>
        Target language
        <input
          name="targetLang"
          value={targetLang}
          onChange={(e) => onTargetLang(e.target.value)}
          placeholder={placeholders.target}
          size={size}
          required={required}
        />
      </label>
    </>
  );
}
