interface Row {
  readonly key: string;
  readonly name: string;
  readonly count: number;
}

/** A small two-column table of counts with a caption. */
export function CountTable({ caption, rows }: { readonly caption: string; readonly rows: readonly Row[] }) {
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
