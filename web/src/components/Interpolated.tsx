import { Fragment, type ReactNode } from 'react';

interface Props {
  /** A message with `{name}` placeholders, e.g. t('evidence.attributedTo') without values. */
  readonly template: string;
  readonly values: Readonly<Record<string, ReactNode>>;
}

/** A message whose placeholders are elements (a linked name, a date with its own lang), not plain strings. */
export function Interpolated({ template, values }: Props) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => (
        // Odd indexes are placeholder names (split keeps the captured group).
        <Fragment key={index}>{index % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>
      ))}
    </>
  );
}
