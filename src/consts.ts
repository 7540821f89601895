// Imported by pages and by client code: keep it to plain constants.

export const SITE_TITLE = 'Who Buys Our Care?';
export const SITE_TAGLINE = 'How the NHS in England opened the buying of care to private companies, 2006 to 2022';
export const SITE_DESCRIPTION =
	'An independent, sourced explainer of how NHS commissioning in England was opened to private companies, from the 2006 plan for Primary Care Trusts to the Health and Care Act 2022.';
