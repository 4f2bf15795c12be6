// `/print`: the printed plan, outside the workbook layout; its options live in the address.
import { createFileRoute } from '@tanstack/react-router';
import { DEFAULT_DOCUMENT_OPTIONS, type DocumentOptions } from '../print/PrintDocument';
import { PrintScreen } from '../print/PrintScreen';

/** Only choices that differ from the defaults appear in the address: `/print?done=false&paper=letter`. */
type PrintSearch = { [K in keyof DocumentOptions]?: DocumentOptions[K] };

const off = (value: unknown) => (value === false || value === 'false' || value === 0 || value === '0' ? false : undefined);

export const Route = createFileRoute('/print')({
  // Every key is returned, undefined when default, so no raw value from the address slips through.
  validateSearch: (search: Record<string, unknown>): PrintSearch => ({
    done: off(search.done),
    notes: off(search.notes),
    details: off(search.details),
    guidance: off(search.guidance),
    paper: search.paper === 'letter' ? 'letter' : undefined,
  }),
  component: PrintRoute,
});

function PrintRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const options: DocumentOptions = {
    done: search.done ?? DEFAULT_DOCUMENT_OPTIONS.done,
    notes: search.notes ?? DEFAULT_DOCUMENT_OPTIONS.notes,
    details: search.details ?? DEFAULT_DOCUMENT_OPTIONS.details,
    guidance: search.guidance ?? DEFAULT_DOCUMENT_OPTIONS.guidance,
    paper: search.paper ?? DEFAULT_DOCUMENT_OPTIONS.paper,
  };
  return (
    <PrintScreen
      options={options}
      onOptionsChange={(next) =>
        navigate({
          search: {
            done: next.done ? undefined : false,
            notes: next.notes ? undefined : false,
            details: next.details ? undefined : false,
            guidance: next.guidance ? undefined : false,
            paper: next.paper === 'letter' ? 'letter' : undefined,
          },
          replace: true,
        })
      }
    />
  );
}
