const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** "2019-09" → "september 2019", "2020" → "2020": the month the facts of a page describe, in Dutch. */
export const formatAsOf = (asOf: string): string => {
  const [year, month] = asOf.split('-')
  return month ? `${months[Number(month) - 1]} ${year}` : year!
}
