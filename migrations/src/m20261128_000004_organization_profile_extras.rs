//! Certifications (with an index table for the directory filter), products and services,
//! logos, invitations of people without an account, and an index for incremental sync.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            ColumnDef::new(Organizations::Certifications)
                .text()
                .not_null()
                .default("[]")
                .to_owned(),
            ColumnDef::new(Organizations::Offerings)
                .text()
                .not_null()
                .default("[]")
                .to_owned(),
            ColumnDef::new(Organizations::Logo)
                .string_len(120)
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_organizations_updated")
                    .table(Organizations::Table)
                    .col(Organizations::UpdatedAt)
                    .col(Organizations::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganizationCertifications::Table)
                    .col(uuid(OrganizationCertifications::OrganizationId))
                    .col(string_len(OrganizationCertifications::Code, 32))
                    .col(date_null(OrganizationCertifications::ExpiresOn))
                    .primary_key(
                        Index::create()
                            .col(OrganizationCertifications::OrganizationId)
                            .col(OrganizationCertifications::Code),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationCertifications::Table,
                                OrganizationCertifications::OrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_certifications_code")
                    .table(OrganizationCertifications::Table)
                    .col(OrganizationCertifications::Code)
                    .col(OrganizationCertifications::ExpiresOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganizationInvitations::Table)
                    .col(uuid(OrganizationInvitations::Id).primary_key())
                    .col(uuid(OrganizationInvitations::OrganizationId))
                    .col(string_len(OrganizationInvitations::Email, 254))
                    .col(string_len(OrganizationInvitations::Role, 16))
                    .col(string_len_uniq(OrganizationInvitations::TokenHash, 64))
                    .col(uuid_null(OrganizationInvitations::InvitedBy))
                    .col(timestamp_with_time_zone(OrganizationInvitations::CreatedAt))
                    .col(timestamp_with_time_zone(OrganizationInvitations::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationInvitations::Table,
                                OrganizationInvitations::OrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationInvitations::Table,
                                OrganizationInvitations::InvitedBy,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_invitations_org")
                    .table(OrganizationInvitations::Table)
                    .col(OrganizationInvitations::OrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(OrganizationInvitations::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(OrganizationCertifications::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Organizations::Logo,
            Organizations::Offerings,
            Organizations::Certifications,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
    UpdatedAt,
    Certifications,
    Offerings,
    Logo,
}

#[derive(DeriveIden)]
enum OrganizationCertifications {
    Table,
    OrganizationId,
    Code,
    ExpiresOn,
}

#[derive(DeriveIden)]
enum OrganizationInvitations {
    Table,
    Id,
    OrganizationId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
}
