/**
 * Family trees of organisations: who came before and after a body (PCTs → CCGs → ICBs)
 * and what it belongs to (Optum → UnitedHealth Group), from the `successor` and `parent` ids.
 */

export interface RelatedOrganisation {
	id: string;
	parent?: string | undefined;
	successor?: string | undefined;
}

/**
 * Every body in an organisation's line of succession, oldest first, itself included.
 * Stops at a repeated id, so a mistaken loop in the content cannot hang the build.
 * @example successionChain(orgs, 'ccgs') // => ['pcts', 'ccgs', 'icbs']
 */
export function successionChain(organisations: RelatedOrganisation[], id: string): string[] {
	const byId = new Map(organisations.map((org) => [org.id, org]));
	const chain = [id];
	let earliest = id;
	for (;;) {
		const before = organisations.find((org) => org.successor === earliest);
		if (!before || chain.includes(before.id)) break;
		chain.unshift(before.id);
		earliest = before.id;
	}
	let latest = byId.get(id)?.successor;
	while (latest && byId.has(latest) && !chain.includes(latest)) {
		chain.push(latest);
		latest = byId.get(latest)!.successor;
	}
	return chain;
}

/**
 * An organisation and the bodies it belongs to, innermost first.
 * @example parentChain(orgs, 'optum') // => ['optum', 'unitedhealth-group']
 */
export function parentChain(organisations: RelatedOrganisation[], id: string): string[] {
	const byId = new Map(organisations.map((org) => [org.id, org]));
	const chain = [id];
	let parent = byId.get(id)?.parent;
	while (parent && byId.has(parent) && !chain.includes(parent)) {
		chain.push(parent);
		parent = byId.get(parent)!.parent;
	}
	return chain;
}
