/**
 * The role sync's Python script (standard library only, so the pod needs neither pip nor a writable
 * root filesystem). It signs in to Keycloak with the service account's client credentials, reads
 * every realm user with an email and their effective realm roles, maps them with ROLE_MAPPING (the
 * highest Langfuse role among the user's mapped roles; `default` for users with none), and sets that
 * role on the user's membership of the API key's organization with Langfuse's SCIM API.
 *
 * Langfuse 3.224.1 takes the role only from `PUT /api/public/scim/Users/{id}` with `active: true`
 * and `roles: [ROLE]` (web/src/pages/api/public/scim/Users/[id].ts: PATCH accepts nothing but
 * `active`, so the reference deployment's PATCH of an `orgRole` extension is refused with 400), and
 * lists members with `GET /api/public/scim/Users` (1-based `startIndex`, `count`). Users who never
 * signed in to Langfuse are not members yet and are skipped; demoting the last OWNER is refused by
 * Langfuse (403) and reported.
 */
export const ROLE_SYNC_SCRIPT = `#!/usr/bin/env python3
"""Keycloak realm roles -> Langfuse organization roles, through Langfuse's SCIM API."""
import base64
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

RANK = {"NONE": 0, "VIEWER": 1, "MEMBER": 2, "ADMIN": 3, "OWNER": 4}
PAGE = 100
TIMEOUT = 30


def call(method, url, headers, body=None, form=None):
    data = None
    headers = dict(headers)
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        text = response.read().decode()
    return json.loads(text) if text else None


def desired_role(roles, mapping):
    mapped = [mapping[r] for r in roles if r != "default" and r in mapping]
    if mapped:
        return max(mapped, key=lambda role: RANK[role])
    return mapping.get("default")


def main():
    env = os.environ
    mapping = json.loads(env["ROLE_MAPPING"])
    unknown = sorted({r for r in mapping.values() if r not in RANK})
    if unknown:
        sys.exit("ROLE_MAPPING maps to unknown Langfuse roles: " + ", ".join(unknown))
    keycloak = env["KEYCLOAK_URL"].rstrip("/")
    realm = urllib.parse.quote(env["KEYCLOAK_REALM"], safe="")
    token = call("POST", keycloak + "/realms/" + realm + "/protocol/openid-connect/token", {}, form={
        "grant_type": "client_credentials", "client_id": env["KEYCLOAK_CLIENT_ID"], "client_secret": env["KEYCLOAK_CLIENT_SECRET"],
    })["access_token"]
    admin = {"Authorization": "Bearer " + token}
    users, first = [], 0
    while True:
        page = call("GET", keycloak + "/admin/realms/" + realm + "/users?briefRepresentation=true&first=%d&max=%d" % (first, PAGE), admin)
        users.extend(u for u in page if u.get("email") and u.get("enabled", True))
        if len(page) < PAGE:
            break
        first += PAGE

    langfuse = env["LANGFUSE_URL"].rstrip("/")
    basic = base64.b64encode((env["LANGFUSE_PUBLIC_KEY"] + ":" + env["LANGFUSE_SECRET_KEY"]).encode()).decode()
    scim = {"Authorization": "Basic " + basic}
    members, start = {}, 1
    while True:
        page = call("GET", langfuse + "/api/public/scim/Users?startIndex=%d&count=%d" % (start, PAGE), scim)
        for member in page.get("Resources", []):
            members[member["userName"].lower()] = member["id"]
        start += PAGE
        if start > page.get("totalResults", 0) or not page.get("Resources"):
            break

    updated, skipped, failed = 0, 0, 0
    for user in users:
        member = members.get(user["email"].lower())
        if member is None:
            skipped += 1
            continue
        mappings = call("GET", keycloak + "/admin/realms/" + realm + "/users/" + urllib.parse.quote(user["id"], safe="") + "/role-mappings/realm/composite", admin)
        role = desired_role([r["name"] for r in mappings], mapping)
        if role is None:
            continue
        try:
            call("PUT", langfuse + "/api/public/scim/Users/" + urllib.parse.quote(member, safe=""), scim, body={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "active": True, "roles": [role],
            })
            updated += 1
        except urllib.error.HTTPError as error:
            failed += 1
            print("could not set %s for %s: HTTP %d %s" % (role, user["email"], error.code, error.read().decode()[:200]), file=sys.stderr)
    print("role sync: %d memberships set, %d Keycloak users not in Langfuse yet, %d failed" % (updated, skipped, failed))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
`;
