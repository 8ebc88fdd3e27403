// Generated from openapi.json by packages/cli/scripts/generate-client.mjs (npm run openapi). Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database answer */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; the session comes as an HttpOnly cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (signing out twice is fine) */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in person */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in (or whose token this is) */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change your own password */
        put: operations["changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (a password is generated when none is given) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a name or role, or deactivate */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens: an admin sees all, anyone else their own */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token, no stronger than yourself */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (it stays listed) */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List models: filtered, searched, sorted, a page at a time */
        get: operations["listModels"];
        put?: never;
        /** Register a model */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model with its exceptions, now or as of a past moment */
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a model (send the version you edited) */
        patch: operations["updateModel"];
        trace?: never;
    };
    "/api/models/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's verdict now, or the one it would get with another framework (what `mmt check` asks) */
        get: operations["getModelVerdict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's history, newest first */
        get: operations["getModelHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{id}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a model a time-limited exception */
        post: operations["grantException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exceptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an exception (it stays in the record) */
        delete: operations["revokeException"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The model's scans, newest first */
        get: operations["listScans"];
        put?: never;
        /** Record a scan of the model's repository (`mmt scan --post`) */
        post: operations["recordScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policy in force today, and every version */
        get: operations["getPolicy"];
        /** Add a whole new version of the policy */
        put: operations["addPolicyVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verdict counts and the rate, with one page of models (violations first), now or as of a past moment */
        get: operations["getCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPIs and weekly series, now or as of a past moment */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/{name}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report chart as SVG, from the dashboard series */
        get: operations["getChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded review, newest first */
        get: operations["listReviews"];
        put?: never;
        /** Record a weekly review, freezing every verdict and the KPIs */
        post: operations["recordReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/latest/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed since the last review, grouped */
        get: operations["getLatestChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/latest/changes/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One group of what changed since the last review, a page at a time (the rest of a long group) */
        get: operations["getLatestChangeGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Models whose verdict differs between two reviews */
        get: operations["compareReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review with its frozen snapshot */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The status report as a file: JSON, CSV, Markdown (alone or zipped with its charts) or PDF */
        get: operations["getStatusReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register and update models from a CSV or JSON file, or from MLflow, Hugging Face or Backstage files */
        post: operations["importModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything this instance holds, with history, as one file */
        get: operations["downloadBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a backup into an empty instance */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Old name of GET /api/backup
         * @deprecated
         */
        get: operations["downloadBackupDeprecated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Old name of POST /api/backup/restore
         * @deprecated
         */
        post: operations["restoreBackupDeprecated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/models/{id}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's badge (SVG), for a README */
        get: operations["getModelBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/teams/{team}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's new-project compliance badge (SVG), for a README */
        get: operations["getTeamBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/badges/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's signed badge URL and its Markdown */
        get: operations["getModelBadgeLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/badges/teams/{team}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's signed badge URL and its Markdown */
        get: operations["getTeamBadgeLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/badges/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new badge signing secret: every badge URL so far turns grey */
        post: operations["rotateBadgeSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions, each with its last delivery */
        get: operations["listWebhooks"];
        put?: never;
        /** Subscribe a URL to events */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a subscription and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a subscription, or enable or disable it */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a subscription a new signing secret (the old one stops working) */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `webhook.test` event now and see the answer */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's delivery log */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery's event again, now */
        post: operations["redeliverWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digest/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When the weekly digest goes out */
        get: operations["getDigestSettings"];
        /** Set when the weekly digest goes out, or stop it */
        put: operations["updateDigestSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/digest/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you get the weekly digest by email */
        get: operations["getDigestSubscription"];
        /** Get the weekly digest by email, or stop */
        put: operations["updateDigestSubscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cli/mmt.mjs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The `mmt` command line, one file that runs with plain `node` (22.12+), at this server’s version */
        get: operations["getCommandLine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Allowance: {
            frameworks?: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
            deploymentTargets?: ("server" | "batch" | "mobile" | "edge" | "browser")[];
            servingStacks?: string[];
            reason: string;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /**
             * Format: uuid
             * @description The person the token acts for; null for the server's bootstrap token
             */
            userId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: uuid
             * @description The token that made this one, when a token did
             */
            createdByTokenId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        /** @description An admin's list holds every token, anyone else's their own; newest first */
        ApiTokenList: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /**
             * Format: uuid
             * @description The person the token acts for; null for the server's bootstrap token
             */
            userId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: uuid
             * @description The token that made this one, when a token did
             */
            createdByTokenId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            ownerEmail: string | null;
        }[];
        Backup: {
            /** @enum {string} */
            format: "model-migration-tracker-backup";
            /** @enum {number} */
            schemaVersion: 1;
            /** Format: date-time */
            exportedAt: string;
            policyVersions: {
                id: number;
                /** Format: date */
                inForceFrom: string;
                /** Format: date */
                newProjectsFrom: string;
                /** @enum {string} */
                preferredFramework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                legacyFrameworks: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown")[];
                governedFrameworks: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown")[];
                allowances: {
                    frameworks?: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
                    deploymentTargets?: ("server" | "batch" | "mobile" | "edge" | "browser")[];
                    servingStacks?: string[];
                    reason: string;
                }[];
                /** Format: date-time */
                createdAt: string;
                createdBy: string;
            }[];
            models: {
                /** Format: uuid */
                id: string;
                version: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                sourceRefs?: string[];
                events: {
                    id: string;
                    /** @enum {string} */
                    kind: "created" | "updated";
                    actor: string;
                    /** Format: date-time */
                    at: string;
                    /** Format: date-time */
                    recordedAt: string;
                    version: number;
                    changes: {
                        /** @enum {string} */
                        field: "name" | "team" | "task" | "framework" | "frameworkVersion" | "lifecycle" | "deploymentTarget" | "servingStack" | "serialization" | "startedOn" | "migration" | "migrationTarget" | "retireBy" | "repoUrl" | "description" | "tags";
                        from: string | string[] | (null);
                        to: string | string[] | (null);
                    }[];
                    state: {
                        [key: string]: unknown;
                    };
                }[];
            }[];
            exceptions: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                modelId: string;
                reason: string;
                approvedBy: string;
                /** Format: date */
                grantedOn: string;
                /** Format: date */
                expiresOn: string;
                /** Format: date-time */
                createdAt: string;
                createdBy: string;
                /** Format: date-time */
                revokedAt: string | null;
                revokedBy: string | null;
            }[];
            reviews: {
                /** Format: uuid */
                id: string;
                /** Format: date */
                heldOn: string;
                attendees: string[];
                notes: string;
                snapshot: {
                    kpis: {
                        [key: string]: number | null;
                    };
                    verdicts: {
                        /** Format: uuid */
                        modelId: string;
                        name: string;
                        /** @enum {string} */
                        status: "violation" | "warning" | "unknown" | "exception" | "compliant" | "grandfathered" | "out_of_scope" | "retired";
                        rule: string;
                        reason: string;
                    }[];
                };
                /** Format: date-time */
                createdAt: string;
                createdBy: string;
            }[];
            /** @default [] */
            scans: components["schemas"]["Scan"][];
        };
        BadgeLink: {
            /**
             * Format: uri
             * @description The signed badge image, absolute: PUBLIC_URL when set, else the host the request was sent to
             */
            url: string;
            /** @description The badge linking to the page it sums up */
            markdown: string;
        };
        BadgeSecretRotation: {
            /** Format: date-time */
            rotatedAt: string;
        };
        ChangeGroupItems: {
            /** @description Items in the whole group */
            total: number;
            /** @description The first items (or the requested page), in the group's order */
            items: components["schemas"]["ChangeItem"][];
        };
        ChangeGroupPage: {
            /** @enum {string} */
            group: "newViolations" | "resolvedViolations" | "newWarnings" | "becameUnknown" | "leftUnknown" | "otherVerdictChanges" | "newModels" | "lifecycleChanges" | "frameworkChanges" | "newDisagreements" | "tf1Increases" | "otherChanges" | "exceptionsGranted" | "exceptionsRevoked" | "exceptionsExpired" | "exceptionsExpiringSoon" | "pastRetirement";
            /**
             * Format: date-time
             * @description When the last review was recorded; null when there is none
             */
            since: string | null;
            items: components["schemas"]["ChangeItem"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ChangeItem: {
            /** @enum {string} */
            kind: "newViolations" | "resolvedViolations" | "newWarnings" | "becameUnknown" | "leftUnknown" | "otherVerdictChanges" | "newModels" | "lifecycleChanges" | "frameworkChanges" | "newDisagreements" | "tf1Increases" | "otherChanges" | "exceptionsGranted" | "exceptionsRevoked" | "exceptionsExpired" | "exceptionsExpiringSoon" | "pastRetirement";
            /** Format: uuid */
            modelId: string;
            modelName: string;
            /** @description When it happened (ISO timestamp or date) */
            at: string;
            summary: string;
        };
        ChangePasswordBody: {
            currentPassword: string;
            newPassword: string;
        };
        CodeDrift: {
            /** Format: uuid */
            scanId: string;
            /** Format: date-time */
            scannedAt: string;
            /** @enum {string} */
            scannedFamily: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
            /** @enum {string} */
            registeredFamily: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
        };
        /** @description `counts`, `newProjects` and the rate count the models matching the filters other than `verdict`, whatever the page */
        CompliancePage: {
            counts: {
                violation: number;
                warning: number;
                unknown: number;
                exception: number;
                compliant: number;
                grandfathered: number;
                out_of_scope: number;
                retired: number;
            };
            newProjects: {
                compliant: number;
                violation: number;
                /** @description New projects under an exception or allowance: reported beside the rate, never in it */
                exception: number;
                /** @description Every new project, whatever its verdict (retired and out-of-scope ones included) */
                total: number;
            };
            /** @description compliant ÷ (compliant + violation) among new projects; null when that is 0 ÷ 0 */
            newProjectComplianceRate: number | null;
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            policy: components["schemas"]["PolicyVersion"];
            /** @description Active exceptions that end within 30 days, soonest first */
            expiringExceptions: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                modelId: string;
                reason: string;
                approvedBy: string;
                /** Format: date */
                grantedOn: string;
                /**
                 * Format: date
                 * @description The first day the exception no longer applies
                 */
                expiresOn: string;
                /** Format: date-time */
                createdAt: string;
                createdBy: string;
                /** Format: date-time */
                revokedAt: string | null;
                revokedBy: string | null;
                modelName: string;
                /** @enum {string} */
                state: "active" | "expired" | "pending" | "revoked";
            }[];
            /** @description Models matching every filter, the verdict included: the sum of `counts` over the verdicts asked for */
            total: number;
            page: number;
            pageSize: number;
            /** @description This page of the models matching every filter: by verdict, violations first, then by name */
            models: {
                name: string;
                team: string;
                task: string;
                /** @enum {string} */
                framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                frameworkVersion: string;
                /** @enum {string} */
                lifecycle: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
                /** @enum {string} */
                deploymentTarget: "server" | "batch" | "mobile" | "edge" | "browser";
                servingStack: string;
                serialization: string;
                /** Format: date */
                startedOn: string;
                /** @enum {string} */
                migration: "none" | "planned" | "in_progress" | "done";
                /** @enum {string|null} */
                migrationTarget: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown" | null;
                /** Format: date */
                retireBy: string | null;
                repoUrl: string | null;
                description: string;
                tags: string[];
                /** Format: uuid */
                id: string;
                version: number;
                /** @enum {string} */
                family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                verdict: components["schemas"]["Verdict"];
                newProject: boolean;
            }[];
        };
        CreateModelBody: {
            name: string;
            team: string;
            task?: string | null;
            /** @enum {string} */
            framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
            frameworkVersion?: string | null;
            /** @enum {string} */
            lifecycle: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
            /**
             * @default server
             * @enum {string}
             */
            deploymentTarget: "server" | "batch" | "mobile" | "edge" | "browser";
            servingStack?: string | null;
            serialization?: string | null;
            /** Format: date */
            startedOn: string;
            /**
             * @default none
             * @enum {string}
             */
            migration: "none" | "planned" | "in_progress" | "done";
            /** @enum {string|null} */
            migrationTarget?: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | null;
            /** Format: date */
            retireBy?: string | null;
            /** Format: uri */
            repoUrl?: string | null;
            description?: string | null;
            tags?: string[];
            since?: string;
        };
        CreateTokenBody: {
            name: string;
            /** @enum {string} */
            scope: "read" | "write";
            expiresAt?: string;
        };
        CreateUserBody: {
            email: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            password?: string;
        };
        CreateWebhookBody: {
            url: string;
            /** @default  */
            description: string;
            events: ("model.created" | "model.updated" | "verdict.changed" | "exception.granted" | "exception.revoked" | "exception.expiring" | "exception.expired" | "review.recorded" | "scan.recorded" | "digest.weekly")[];
            /**
             * @default standard
             * @enum {string}
             */
            format: "standard" | "slack";
        };
        CreatedApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /**
             * Format: uuid
             * @description The person the token acts for; null for the server's bootstrap token
             */
            userId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: uuid
             * @description The token that made this one, when a token did
             */
            createdByTokenId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            token: string;
        };
        CreatedUser: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            initialPassword?: string;
        };
        Dashboard: {
            /**
             * Format: date-time
             * @description The instant the answer describes
             */
            asOf: string;
            /** @description The range asked for, or the one the API chose when none was: `all` or a number of weeks */
            range: "all" | number;
            /** @description How many weekly points each series has */
            weeks: number;
            policy: components["schemas"]["PolicyVersion"];
            lastReview: {
                /** Format: uuid */
                id: string;
                /** Format: date */
                heldOn: string;
                /** Format: date-time */
                createdAt: string;
            } | null;
            kpis: {
                modelsInProduction: components["schemas"]["KpiTile"];
                newProjectComplianceRate: components["schemas"]["KpiTile"];
                newProjectsUnderException: components["schemas"]["KpiTile"];
                legacyInProduction: components["schemas"]["KpiTile"];
                openViolations: components["schemas"]["KpiTile"];
                openWarnings: components["schemas"]["KpiTile"];
                exceptionsExpiringSoon: components["schemas"]["KpiTile"];
                toTriage: components["schemas"]["KpiTile"];
                codeDisagrees: components["schemas"]["KpiTile"];
            };
            series: {
                families: {
                    "TensorFlow 1.x": number;
                    "TensorFlow 2.x": number;
                    TensorFlow: number;
                    PyTorch: number;
                    JAX: number;
                    Other: number;
                    Unknown: number;
                    /** Format: date */
                    weekEnd: string;
                }[];
                verdicts: {
                    violation: number;
                    warning: number;
                    unknown: number;
                    exception: number;
                    compliant: number;
                    grandfathered: number;
                    out_of_scope: number;
                    retired: number;
                    /** Format: date */
                    weekEnd: string;
                }[];
                legacyInProduction: {
                    /** Format: date */
                    weekEnd: string;
                    count: number;
                }[];
                /** @description TF1 API uses summed over each model's latest scan at the week's end: the rewrite's burn-down */
                tf1ApiUses: {
                    /** Format: date */
                    weekEnd: string;
                    count: number;
                }[];
            };
            cohorts: {
                /** Format: date */
                newProjectsFrom: string;
                /** @description `2020-Q2`: the quarter the policy's new-project date falls in */
                policyQuarter: string;
                rows: {
                    "TensorFlow 1.x": number;
                    "TensorFlow 2.x": number;
                    TensorFlow: number;
                    PyTorch: number;
                    JAX: number;
                    Other: number;
                    Unknown: number;
                    /** @description A quarter, `2019-Q4` */
                    key: string;
                }[];
            };
            lifecycleByFamily: {
                research: number;
                development: number;
                staging: number;
                production: number;
                deprecated: number;
                retired: number;
                /** @enum {string} */
                key: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
            }[];
            legacyProjection: {
                /** @description The count still in production after each planned retirement, starting with today's count */
                points: {
                    /** Format: date */
                    date: string;
                    count: number;
                    retiring: string[];
                }[];
                /**
                 * Format: date
                 * @description The last planned retirement, when every model has a date; null when some have none
                 */
                lastRetirement: string | null;
                withoutDate: string[];
                overdue: string[];
            };
        };
        DigestScheduleBody: {
            enabled: boolean;
            /** @enum {string} */
            day: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
            time: string;
            timeZone: string;
        };
        DigestSettings: {
            enabled: boolean;
            /** @enum {string} */
            day: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
            time: string;
            timeZone: string;
            /** @description Whether the server can send email (SMTP_URL is set); without it the digest goes to webhooks only */
            emailAvailable: boolean;
            /** Format: date-time */
            nextRunAt: string | null;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: string | null;
        };
        DigestSubscription: {
            email: boolean;
            emailAvailable: boolean;
            /** @description Where the digest goes: the account's email */
            address: string | null;
        };
        DigestSubscriptionBody: {
            email: boolean;
        };
        Error: {
            statusCode: number;
            /** @description The status text, e.g. `Not Found` */
            error: string;
            message: string;
            /** @description One entry per field with bad input */
            details?: components["schemas"]["FieldError"][];
            current?: components["schemas"]["Model"];
            errors?: components["schemas"]["ImportProblem"][];
            summary?: {
                create: number;
                update: number;
                unchanged: number;
                invalid: number;
                skip: number;
                rows: number;
                /** @description Models found by name whose source identity the import records (so a rename in the source is followed) */
                identities: number;
            };
            /** @description 429: when the next attempt can succeed */
            retryAfterSeconds?: number;
        };
        FieldChange: {
            /** @enum {string} */
            field: "name" | "team" | "task" | "framework" | "frameworkVersion" | "lifecycle" | "deploymentTarget" | "servingStack" | "serialization" | "startedOn" | "migration" | "migrationTarget" | "retireBy" | "repoUrl" | "description" | "tags";
            from: unknown;
            to: unknown;
        };
        FieldError: {
            /** @description `name`, `rows[2].framework`, `(body)`… */
            field: string;
            message: string;
        };
        /** @description KPIs as recorded; a newer KPI is absent from older reviews */
        FrozenKpis: {
            modelsInProduction: number;
            newProjectComplianceRate: number | null;
            /** @description Reported beside the rate, never inside it */
            newProjectsUnderException: number;
            legacyInProduction: number;
            openViolations: number;
            openWarnings: number;
            exceptionsExpiringSoon: number;
            /** @description Models whose framework no one has recorded (verdict `unknown`) */
            toTriage?: number;
            /** @description Models whose latest scan's framework family disagrees with the registry */
            codeDisagrees?: number;
        };
        GrantExceptionBody: {
            reason: string;
            approvedBy: string;
            /** Format: date */
            grantedOn?: string;
            /** Format: date */
            expiresOn: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "up" | "down";
        };
        ImportProblem: {
            row: number;
            column: string;
            message: string;
        };
        ImportResult: {
            dryRun: boolean;
            committed: boolean;
            /**
             * @description CSV or JSON, or the source whose files were mapped
             * @enum {string}
             */
            format: "csv" | "json" | "mlflow" | "huggingface" | "backstage";
            summary: {
                create: number;
                update: number;
                unchanged: number;
                invalid: number;
                skip: number;
                rows: number;
                /** @description Models found by name whose source identity the import records (so a rename in the source is followed) */
                identities: number;
            };
            /** @description Every problem, file-level ones (row 0) first */
            errors: components["schemas"]["ImportProblem"][];
            rows: {
                row: number;
                name: string;
                /** @enum {string} */
                action: "create" | "update" | "unchanged" | "invalid" | "skip";
                /** Format: uuid */
                modelId: string | null;
                /** @description For a create, every field from nothing; for an update, what it changes */
                changes: components["schemas"]["FieldChange"][];
                errors: {
                    column: string;
                    message: string;
                }[];
                /** @description The uploaded file the row came from (source imports) */
                file: string | null;
                /** @description The source's identity of the model (`mlflow:<name>`, `backstage:<kind>:<namespace>/<name>`, `huggingface:<repo id>`) */
                sourceRef: string | null;
                /** @description What was read, guessed or left out of the files for this row */
                notes: string[];
            }[];
        };
        KpiTile: {
            value: number | null;
            /** @description The value frozen at the last review; null when there is none */
            previous: number | null;
            change: number | null;
        };
        LatestChanges: {
            /** Format: date-time */
            since: string | null;
            groups: {
                newViolations: components["schemas"]["ChangeGroupItems"];
                resolvedViolations: components["schemas"]["ChangeGroupItems"];
                newWarnings: components["schemas"]["ChangeGroupItems"];
                becameUnknown: components["schemas"]["ChangeGroupItems"];
                leftUnknown: components["schemas"]["ChangeGroupItems"];
                otherVerdictChanges: components["schemas"]["ChangeGroupItems"];
                newModels: components["schemas"]["ChangeGroupItems"];
                lifecycleChanges: components["schemas"]["ChangeGroupItems"];
                frameworkChanges: components["schemas"]["ChangeGroupItems"];
                newDisagreements: components["schemas"]["ChangeGroupItems"];
                tf1Increases: components["schemas"]["ChangeGroupItems"];
                otherChanges: components["schemas"]["ChangeGroupItems"];
                exceptionsGranted: components["schemas"]["ChangeGroupItems"];
                exceptionsRevoked: components["schemas"]["ChangeGroupItems"];
                exceptionsExpired: components["schemas"]["ChangeGroupItems"];
                exceptionsExpiringSoon: components["schemas"]["ChangeGroupItems"];
                pastRetirement: components["schemas"]["ChangeGroupItems"];
            };
            /** @description Whether anything happened since the last review (standing reminders aside) */
            hasNews: boolean;
            review: components["schemas"]["ReviewSummary"] | null;
        };
        LoginBody: {
            email: string;
            password: string;
        };
        Model: {
            name: string;
            team: string;
            task: string;
            /** @enum {string} */
            framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
            frameworkVersion: string;
            /** @enum {string} */
            lifecycle: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
            /** @enum {string} */
            deploymentTarget: "server" | "batch" | "mobile" | "edge" | "browser";
            servingStack: string;
            serialization: string;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            migration: "none" | "planned" | "in_progress" | "done";
            /** @enum {string|null} */
            migrationTarget: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown" | null;
            /** Format: date */
            retireBy: string | null;
            repoUrl: string | null;
            description: string;
            tags: string[];
            /** Format: uuid */
            id: string;
            version: number;
            /** @enum {string} */
            family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            verdict: components["schemas"]["Verdict"];
        };
        ModelDetail: {
            name: string;
            team: string;
            task: string;
            /** @enum {string} */
            framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
            frameworkVersion: string;
            /** @enum {string} */
            lifecycle: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
            /** @enum {string} */
            deploymentTarget: "server" | "batch" | "mobile" | "edge" | "browser";
            servingStack: string;
            serialization: string;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            migration: "none" | "planned" | "in_progress" | "done";
            /** @enum {string|null} */
            migrationTarget: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown" | null;
            /** Format: date */
            retireBy: string | null;
            repoUrl: string | null;
            description: string;
            tags: string[];
            /** Format: uuid */
            id: string;
            version: number;
            /** @enum {string} */
            family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            verdict: components["schemas"]["Verdict"];
            exceptions: components["schemas"]["ModelException"][];
            /** @description Set when the latest scan disagrees with the registry */
            codeDrift: components["schemas"]["CodeDrift"] | null;
        };
        ModelEvent: {
            /** @description The event number, as a string */
            id: string;
            /** Format: uuid */
            modelId: string;
            /** @enum {string} */
            kind: "created" | "updated";
            actor: string;
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            recordedAt: string;
            version: number;
            changes: components["schemas"]["FieldChange"][];
            state: components["schemas"]["ModelState"];
        };
        ModelException: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            modelId: string;
            reason: string;
            approvedBy: string;
            /** Format: date */
            grantedOn: string;
            /**
             * Format: date
             * @description The first day the exception no longer applies
             */
            expiresOn: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokedBy: string | null;
            /** @enum {string} */
            state: "active" | "expired" | "pending" | "revoked";
        };
        ModelHistory: {
            /** @description Newest first */
            items: components["schemas"]["ModelEvent"][];
        };
        ModelPage: {
            items: components["schemas"]["Model"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ModelState: {
            name: string;
            team: string;
            task: string;
            /** @enum {string} */
            framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
            frameworkVersion: string;
            /** @enum {string} */
            lifecycle: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
            /** @enum {string} */
            deploymentTarget: "server" | "batch" | "mobile" | "edge" | "browser";
            servingStack: string;
            serialization: string;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            migration: "none" | "planned" | "in_progress" | "done";
            /** @enum {string|null} */
            migrationTarget: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown" | null;
            /** Format: date */
            retireBy: string | null;
            repoUrl: string | null;
            description: string;
            tags: string[];
        };
        ModelVerdict: {
            /** Format: uuid */
            modelId: string;
            name: string;
            /** @description The model as registered, and its verdict now */
            registered: {
                /** @enum {string} */
                framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                frameworkVersion: string;
                /** @enum {string} */
                family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
                verdict: components["schemas"]["Verdict"];
            };
            /** @description The model with the framework asked about in place of the registered one (the registered one when none was asked), under the policy in force and its exceptions */
            judged: {
                /** @enum {string} */
                framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                frameworkVersion: string;
                /** @enum {string} */
                family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
                verdict: components["schemas"]["Verdict"];
            };
        };
        PolicyOverview: {
            /** @description The version in force today */
            current: components["schemas"]["PolicyVersion"];
            /** @description Every version, newest first */
            versions: components["schemas"]["PolicyVersion"][];
        };
        PolicyVersion: {
            id: number;
            /** Format: date */
            inForceFrom: string;
            /** Format: date */
            newProjectsFrom: string;
            /** @enum {string} */
            preferredFramework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other";
            legacyFrameworks: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
            governedFrameworks: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
            allowances: components["schemas"]["Allowance"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
        };
        PolicyVersionBody: {
            /** Format: date */
            inForceFrom: string;
            /** Format: date */
            newProjectsFrom: string;
            /** @enum {string} */
            preferredFramework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other";
            legacyFrameworks: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
            governedFrameworks: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
            allowances?: {
                frameworks?: ("tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other")[];
                deploymentTargets?: ("server" | "batch" | "mobile" | "edge" | "browser")[];
                servingStacks?: string[];
                reason: string;
            }[];
        };
        Principal: {
            /** @enum {string} */
            kind: "user" | "token";
            /** Format: uuid */
            id: string;
            name: string;
            email: string | null;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
        };
        RecordScanBody: {
            /** @description The commit scanned (`git rev-parse HEAD`) */
            commit?: string;
            /** @description The branch or tag scanned */
            ref?: string;
            findings: components["schemas"]["ScanFindings"];
        };
        RestoreSummary: {
            restored: {
                policyVersions: number;
                models: number;
                events: number;
                exceptions: number;
                reviews: number;
                scans: number;
            };
        };
        Review: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            heldOn: string;
            attendees: string[];
            notes: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            kpis: components["schemas"]["FrozenKpis"];
            snapshot: {
                kpis: components["schemas"]["FrozenKpis"];
                verdicts: {
                    /** @enum {string} */
                    status: "violation" | "warning" | "unknown" | "exception" | "compliant" | "grandfathered" | "out_of_scope" | "retired";
                    reason: string;
                    rule: string;
                    /** Format: uuid */
                    modelId: string;
                    name: string;
                }[];
            };
        };
        ReviewBody: {
            /** Format: date */
            heldOn?: string;
            /** @default [] */
            attendees: string[];
            /** @default  */
            notes: string;
        };
        ReviewComparison: {
            from: components["schemas"]["ReviewSummary"];
            to: components["schemas"]["ReviewSummary"];
            differences: {
                /** Format: uuid */
                modelId: string;
                name: string;
                from: {
                    /** @enum {string} */
                    status: "violation" | "warning" | "unknown" | "exception" | "compliant" | "grandfathered" | "out_of_scope" | "retired";
                    reason: string;
                    rule: string;
                    /** Format: uuid */
                    modelId: string;
                    name: string;
                } | null;
                to: {
                    /** @enum {string} */
                    status: "violation" | "warning" | "unknown" | "exception" | "compliant" | "grandfathered" | "out_of_scope" | "retired";
                    reason: string;
                    rule: string;
                    /** Format: uuid */
                    modelId: string;
                    name: string;
                } | null;
            }[];
        };
        /** @description Newest first */
        ReviewList: components["schemas"]["ReviewSummary"][];
        ReviewSummary: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            heldOn: string;
            attendees: string[];
            notes: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            kpis: components["schemas"]["FrozenKpis"];
        };
        Scan: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            modelId: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description Who posted it (a token by its owner) */
            recordedBy: string;
            commit: string | null;
            ref: string | null;
            findings: components["schemas"]["ScanFindings"];
        };
        ScanFindings: {
            root: string;
            filesScanned: number;
            primary: {
                /** @enum {string} */
                framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                version: string | null;
                /** @enum {string} */
                family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
            } | null;
            frameworks: {
                /** @enum {string} */
                framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                version: string | null;
                /** @enum {string} */
                family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
                evidence: {
                    file: string;
                    line: number;
                    text: string;
                }[];
            }[];
            tf1Apis: {
                total: number;
                byApi: {
                    Session: number;
                    placeholder: number;
                    "train.Saver": number;
                    contrib: number;
                };
                occurrences: {
                    file: string;
                    line: number;
                    /** @enum {string} */
                    api: "Session" | "placeholder" | "train.Saver" | "contrib";
                }[];
            };
            serialization: {
                /** @enum {string} */
                format: "savedmodel" | "tf-saver" | "keras-h5" | "torchscript" | "torch-save" | "onnx";
                file: string;
                line: number;
            }[];
        };
        ScanList: {
            /** @description Newest first */
            items: components["schemas"]["Scan"][];
            /** @description How many scans the model has in all */
            total: number;
        };
        StatusReport: {
            /** @enum {number} */
            schemaVersion: 1;
            title: string;
            /**
             * Format: date-time
             * @description The instant the portfolio is shown at
             */
            asOf: string;
            /**
             * Format: date
             * @description Its UTC calendar date: what the report is "as of" for people
             */
            date: string;
            /** Format: date-time */
            generatedAt: string;
            policy: components["schemas"]["PolicyVersion"];
            summary: {
                totalModels: number;
                byFamily: {
                    "TensorFlow 1.x": number;
                    "TensorFlow 2.x": number;
                    TensorFlow: number;
                    PyTorch: number;
                    JAX: number;
                    Other: number;
                    Unknown: number;
                };
                byLifecycle: {
                    research: number;
                    development: number;
                    staging: number;
                    production: number;
                    deprecated: number;
                    retired: number;
                };
                /** @description Models per framework family, split by lifecycle: the cross tab behind both lists above */
                byFamilyAndLifecycle: {
                    "TensorFlow 1.x": {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                    "TensorFlow 2.x": {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                    TensorFlow: {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                    PyTorch: {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                    JAX: {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                    Other: {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                    Unknown: {
                        research: number;
                        development: number;
                        staging: number;
                        production: number;
                        deprecated: number;
                        retired: number;
                    };
                };
                counts: {
                    violation: number;
                    warning: number;
                    unknown: number;
                    exception: number;
                    compliant: number;
                    grandfathered: number;
                    out_of_scope: number;
                    retired: number;
                };
                newProjects: {
                    compliant: number;
                    violation: number;
                    /** @description New projects under an exception or allowance: reported beside the rate, never in it */
                    exception: number;
                    /** @description Every new project, whatever its verdict (retired and out-of-scope ones included) */
                    total: number;
                };
                newProjectComplianceRate: number | null;
                legacyInProduction: number;
                violations: number;
                warnings: number;
                exceptions: number;
                /** @description Models whose framework is not recorded (verdict `unknown`): outside every rate */
                toTriage: number;
                /** @description Models whose latest scan's framework family disagrees with the registry */
                codeDisagrees: number;
            };
            /** @description Violations first, then warnings; by model name within each */
            findings: {
                /** Format: uuid */
                modelId: string;
                modelName: string;
                team: string;
                /** @enum {string} */
                status: "violation" | "warning";
                rule: string;
                reason: string;
            }[];
            /** @description Every model at `asOf`, by name */
            models: {
                name: string;
                team: string;
                task: string;
                /** @enum {string} */
                framework: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
                frameworkVersion: string;
                /** @enum {string} */
                lifecycle: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
                /** @enum {string} */
                deploymentTarget: "server" | "batch" | "mobile" | "edge" | "browser";
                servingStack: string;
                serialization: string;
                /** Format: date */
                startedOn: string;
                /** @enum {string} */
                migration: "none" | "planned" | "in_progress" | "done";
                /** @enum {string|null} */
                migrationTarget: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown" | null;
                /** Format: date */
                retireBy: string | null;
                repoUrl: string | null;
                description: string;
                tags: string[];
                /** Format: uuid */
                id: string;
                version: number;
                /** @enum {string} */
                family: "TensorFlow 1.x" | "TensorFlow 2.x" | "TensorFlow" | "PyTorch" | "JAX" | "Other" | "Unknown";
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                verdict: components["schemas"]["Verdict"];
                newProject: boolean;
                legacyInProduction: boolean;
            }[];
            changesSinceLastReview: {
                /**
                 * Format: date-time
                 * @description When the last review was recorded; null when there has been none (then every change counts)
                 */
                since: string | null;
                items: {
                    kind: string;
                    /** Format: uuid */
                    modelId: string;
                    modelName: string;
                    at: string;
                    summary: string;
                }[];
            };
        };
        UpdateModelBody: {
            name?: string;
            team?: string;
            task?: string | null;
            /** @enum {string} */
            framework?: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | "unknown";
            frameworkVersion?: string | null;
            /** @enum {string} */
            lifecycle?: "research" | "development" | "staging" | "production" | "deprecated" | "retired";
            /** @enum {string} */
            deploymentTarget?: "server" | "batch" | "mobile" | "edge" | "browser";
            servingStack?: string | null;
            serialization?: string | null;
            /** Format: date */
            startedOn?: string;
            /** @enum {string} */
            migration?: "none" | "planned" | "in_progress" | "done";
            /** @enum {string|null} */
            migrationTarget?: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other" | null;
            /** Format: date */
            retireBy?: string | null;
            /** Format: uri */
            repoUrl?: string | null;
            description?: string | null;
            tags?: string[];
            version: number;
        };
        UpdateUserBody: {
            name?: string;
            /** @enum {string} */
            role?: "viewer" | "editor" | "admin";
            active?: boolean;
        };
        UpdateWebhookBody: {
            url?: string;
            description?: string;
            events?: ("model.created" | "model.updated" | "verdict.changed" | "exception.granted" | "exception.revoked" | "exception.expiring" | "exception.expired" | "review.recorded" | "scan.recorded" | "digest.weekly")[];
            /** @enum {string} */
            format?: "standard" | "slack";
            enabled?: boolean;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
        };
        /** @description By email */
        UserList: components["schemas"]["User"][];
        Verdict: {
            /** @enum {string} */
            status: "violation" | "warning" | "unknown" | "exception" | "compliant" | "grandfathered" | "out_of_scope" | "retired";
            reason: string;
            rule: string;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: ("model.created" | "model.updated" | "verdict.changed" | "exception.granted" | "exception.revoked" | "exception.expiring" | "exception.expired" | "review.recorded" | "scan.recorded" | "digest.weekly")[];
            /** @enum {string} */
            format: "standard" | "slack";
            enabled: boolean;
            /** @description Why it stopped receiving events (a 410 Gone, too many failures, an admin); null while enabled */
            disabledReason: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
            lastDelivery: {
                /** Format: date-time */
                attemptedAt: string;
                statusCode: number | null;
                succeeded: boolean;
            } | null;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @description The `webhook-id` header: the same on every attempt of one event */
            messageId: string;
            attempt: number;
            /** @enum {string} */
            trigger: "automatic" | "redelivery" | "test";
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            statusCode: number | null;
            succeeded: boolean;
            /** @description The first bytes of the answer (up to 4 KB), as text */
            responseBody: string;
            error: string | null;
            /**
             * Format: date-time
             * @description When the next automatic attempt is due, if one is scheduled after this one
             */
            nextAttemptAt: string | null;
        };
        WebhookDeliveryList: {
            /** @description The last 100 attempts, newest first */
            items: components["schemas"]["WebhookDelivery"][];
        };
        /** @description Oldest first */
        WebhookList: components["schemas"]["Webhook"][];
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: ("model.created" | "model.updated" | "verdict.changed" | "exception.granted" | "exception.revoked" | "exception.expiring" | "exception.expired" | "review.recorded" | "scan.recorded" | "digest.weekly")[];
            /** @enum {string} */
            format: "standard" | "slack";
            enabled: boolean;
            /** @description Why it stopped receiving events (a 410 Gone, too many failures, an admin); null while enabled */
            disabledReason: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
            lastDelivery: {
                /** Format: date-time */
                attemptedAt: string;
                statusCode: number | null;
                succeeded: boolean;
            } | null;
            /**
             * Format: starts_with
             * @description Standard Webhooks signing secret; shown this once
             */
            secret: string;
        };
    };
    responses: {
        /** @description The input is invalid; `details` names each field. Nothing was written. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No session cookie or API token, or one that is no longer valid */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller's role is not enough, or a session-cookie change came from another site */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No record has this id */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed sign-ins; wait 15 minutes */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out on every device; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordBody"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserBody"];
            };
        };
        responses: {
            /** @description The account; `initialPassword` when it was generated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description An account with this email already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserBody"];
            };
        };
        responses: {
            /** @description The account after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenBody"];
            };
        };
        responses: {
            /** @description The token, with its secret (shown this once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                /** @description One or more of tensorflow, keras, pytorch, jax, onnx, sklearn, other, unknown, comma-separated */
                framework?: string;
                /** @description One or more of TensorFlow 1.x, TensorFlow 2.x, TensorFlow, PyTorch, JAX, Other, Unknown, comma-separated */
                family?: string;
                /** @description One or more of research, development, staging, production, deprecated, retired, comma-separated */
                lifecycle?: string;
                /** @description One or more of violation, warning, unknown, exception, compliant, grandfathered, out_of_scope, retired, comma-separated */
                verdict?: string;
                /** @description What the latest scan says: `disagrees` (with the registry), `agrees`, `unscanned`; comma-separated */
                code?: string;
                team?: string;
                q?: string;
                /** @description A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent */
                asOf?: string;
                sort?: "name" | "team" | "framework" | "family" | "lifecycle" | "startedOn" | "updatedAt" | "verdict";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateModelBody"];
            };
        };
        responses: {
            /** @description The model, with its verdict */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description A model with this name already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateModelBody"];
            };
        };
        responses: {
            /** @description The model after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Stale version (the body carries `current`), or a duplicate name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelVerdict: {
        parameters: {
            query?: {
                /** @description Judge the model as if it ran this framework */
                framework?: "tensorflow" | "keras" | "pytorch" | "jax" | "onnx" | "sklearn" | "other";
                /** @description With `framework`: its version (default: none recorded) */
                frameworkVersion?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVerdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getModelHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    grantException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantExceptionBody"];
            };
        };
        responses: {
            /** @description The exception, with its state today */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelException"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exception, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelException"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listScans: {
        parameters: {
            query?: {
                /** @description How many of the newest scans (at most 100; 20 when absent) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    recordScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordScanBody"];
            };
        };
        responses: {
            /** @description The scan as recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyOverview"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    addPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyVersionBody"];
            };
        };
        responses: {
            /** @description The version as recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCompliance: {
        parameters: {
            query?: {
                /** @description One or more of tensorflow, keras, pytorch, jax, onnx, sklearn, other, unknown, comma-separated */
                framework?: string;
                /** @description One or more of TensorFlow 1.x, TensorFlow 2.x, TensorFlow, PyTorch, JAX, Other, Unknown, comma-separated */
                family?: string;
                /** @description One or more of research, development, staging, production, deprecated, retired, comma-separated */
                lifecycle?: string;
                /** @description One or more of violation, warning, unknown, exception, compliant, grandfathered, out_of_scope, retired, comma-separated */
                verdict?: string;
                /** @description What the latest scan says: `disagrees` (with the registry), `agrees`, `unscanned`; comma-separated */
                code?: string;
                team?: string;
                q?: string;
                /** @description A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent */
                asOf?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompliancePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent */
                asOf?: string;
                weeks?: "all" | number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getChart: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent */
                asOf?: string;
                weeks?: "all" | number;
            };
            header?: never;
            path: {
                name: "families" | "cohorts" | "legacy" | "verdicts";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart the status report shows (families, cohorts, legacy, verdicts), as a standalone SVG with its `<title>` and `<desc>`. Without `weeks`, the range the Overview opens on. */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    recordReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewBody"];
            };
        };
        responses: {
            /** @description The review with its frozen snapshot */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getLatestChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestChanges"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getLatestChangeGroup: {
        parameters: {
            query: {
                group: "newViolations" | "resolvedViolations" | "newWarnings" | "becameUnknown" | "leftUnknown" | "otherVerdictChanges" | "newModels" | "lifecycleChanges" | "frameworkChanges" | "newDisagreements" | "tf1Increases" | "otherChanges" | "exceptionsGranted" | "exceptionsRevoked" | "exceptionsExpired" | "exceptionsExpiringSoon" | "pastRetirement";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeGroupPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    compareReviews: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewComparison"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getStatusReport: {
        parameters: {
            query?: {
                format?: "csv" | "md" | "md-zip" | "json" | "pdf";
                /** @description A date (YYYY-MM-DD: the end of that day, UTC) or an ISO timestamp; now when absent */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status report at `asOf` (default now). `json` (the default) follows the schema below (`schemaVersion` 1); `csv` has one row per model with the same columns a bulk import reads; `md` and `pdf` are for people; the PDF opens with the charts, and `md-zip` is the Markdown with the same charts as SVG files beside it (`charts/<name>.svg`). */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusReport"];
                    "text/csv": string;
                    "text/markdown": string;
                    "application/zip": string;
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    importModels: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                /** @description The tool whose files are uploaded; CSV or JSON when absent */
                source?: "mlflow" | "huggingface" | "backstage";
                /** @description Names the model of a single-model source upload whose files name none */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV with a header row (the columns of the CSV status report; report-only columns are read past), JSON `{ "models": [...] }` or an array of models, or a multipart form with the file in the field `file`. With `source`: a multipart form with one or several files, each in a field named `file` with its path as the file name (`models/ner-v2/MLmodel`, `export/ner/model.json`, `bert/README.md`, `catalog-info.yaml`), 20 MB together. */
        requestBody: {
            content: {
                "text/csv": string;
                "application/json": string;
                "multipart/form-data": string;
            };
        };
        responses: {
            /** @description The dry run: per row, the action (create, update, unchanged, invalid, skip), the changes, its notes and file, and every problem with its row and column. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Imported: every row applied in one transaction */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The file is larger than 20 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup file (a download) */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Backup"];
            };
        };
        responses: {
            /** @description Restored: how many records of each kind */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The instance already holds data; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadBackupDeprecated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup file (a download) */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    restoreBackupDeprecated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Backup"];
            };
        };
        responses: {
            /** @description Restored: how many records of each kind */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The instance already holds data; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelBadge: {
        parameters: {
            query: {
                /** @description From GET /api/badges/models/{id} */
                sig: unknown;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A shields-style SVG badge. A missing, bad or rotated `sig`, or anything unknown, gives the grey "framework policy: unknown" badge, also with 200. */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getTeamBadge: {
        parameters: {
            query: {
                /** @description From GET /api/badges/teams/{team} */
                sig: unknown;
            };
            header?: never;
            path: {
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A shields-style SVG badge. A missing, bad or rotated `sig`, or anything unknown, gives the grey "framework policy: unknown" badge, also with 200. */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getModelBadgeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed badge URL and Markdown that shows it, linking to its page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeLink"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getTeamBadgeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed badge URL and Markdown that shows it, linking to its page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeLink"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    rotateBadgeSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeSecretRotation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookBody"];
            };
        };
        responses: {
            /** @description The subscription and its signing secret, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its delivery log */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new signing secret, shown this once; the old one stops working */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the receiver answered to a `webhook.test` event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The last 100 attempts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new attempt, with the same webhook-id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getDigestSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateDigestSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigestScheduleBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getDigestSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSubscription"];
                };
            };
            /** @description The caller is not a person (the bootstrap token): only people get the digest by email */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateDigestSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigestSubscriptionBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigestSubscription"];
                };
            };
            /** @description The input is invalid, the server sends no email (no SMTP_URL), or the caller is not a person */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCommandLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundled command line. `X-MMT-Version` is its version (the server’s); the ETag changes with it, so a cache revalidates and gets 304 until the server is upgraded. */
            200: {
                headers: {
                    /** @description attachment; filename="…" — what the file is, and the date it describes */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description This server was started without building the command line (`npm run build` builds it) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
