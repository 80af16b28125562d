import { type FieldMessage } from "@/lib/model/scenario";
import { describeProblems } from "@/lib/text/visible";

/**
 * Runs an API handler. An unexpected fault is logged on the server (with its stack, for whoever runs the app) and
 * answered with a JSON 500 naming no internals: no stack, no file path, no exception message.
 */
export async function answer(route: string, handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(`${route} failed:`, error);
    return Response.json(
      {
        errors: [
          { field: "server", message: "the server could not answer this request; the fault has been logged" },
        ],
      },
      { status: 500, headers: { "Cache-Control": "no-store" } },
    );
  }
}

/** A refused request: 4xx with each bad field, and a warning in the server log naming the route and the fields (no stack: the input is the cause). */
export function refuse(
  route: string,
  status: number,
  errors: readonly FieldMessage[],
  warnings?: readonly FieldMessage[],
): Response {
  console.warn(`${route} rejected: ${describeProblems(errors)}`);
  return Response.json(warnings?.length ? { errors, warnings } : { errors }, {
    status,
    headers: { "Cache-Control": "no-store" },
  });
}
