//! Organisations and their members.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organizations::Table)
                    .col(uuid(Organizations::Id).primary_key())
                    .col(string_len(Organizations::Name, 200))
                    .col(string_len_null(Organizations::LegalForm, 100))
                    .col(string_len(Organizations::Kind, 32))
                    .col(string_len(Organizations::Country, 2))
                    .col(string_len_null(Organizations::Street, 200))
                    .col(string_len_null(Organizations::PostalCode, 20))
                    .col(string_len(Organizations::City, 100))
                    .col(integer_null(Organizations::PlaceId))
                    .col(string_len_null(Organizations::RegionCode, 8))
                    .col(double_null(Organizations::Lat))
                    .col(double_null(Organizations::Lon))
                    .col(string_len_null(Organizations::Website, 300))
                    .col(string_len_null(Organizations::Email, 254))
                    .col(string_len_null(Organizations::Phone, 50))
                    .col(integer_null(Organizations::FoundingYear))
                    .col(string_len_null(Organizations::SizeClass, 16))
                    .col(string_len_null(Organizations::NaceMain, 8))
                    .col(text(Organizations::NaceCodes))
                    .col(text(Organizations::Languages))
                    .col(text(Organizations::Keywords))
                    .col(text(Organizations::Description))
                    .col(text(Organizations::Contacts))
                    .col(string_len_null(Organizations::Ico, 8))
                    .col(string_len_null(Organizations::Dic, 20))
                    .col(string_len_null(Organizations::HrNumber, 100))
                    .col(string_len_null(Organizations::VatId, 20))
                    .col(boolean(Organizations::Demo).default(false))
                    .col(timestamp_with_time_zone(Organizations::CreatedAt))
                    .col(timestamp_with_time_zone(Organizations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_organizations_name", Organizations::Name),
            ("idx_organizations_country", Organizations::Country),
            ("idx_organizations_region", Organizations::RegionCode),
            ("idx_organizations_kind", Organizations::Kind),
            ("idx_organizations_created", Organizations::CreatedAt),
            ("idx_organizations_ico", Organizations::Ico),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Organizations::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(OrganizationMembers::Table)
                    .col(uuid(OrganizationMembers::OrganizationId))
                    .col(uuid(OrganizationMembers::UserId))
                    .col(string_len(OrganizationMembers::Role, 16))
                    .col(timestamp_with_time_zone(OrganizationMembers::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganizationMembers::OrganizationId)
                            .col(OrganizationMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationMembers::Table,
                                OrganizationMembers::OrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationMembers::Table, OrganizationMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_members_user")
                    .table(OrganizationMembers::Table)
                    .col(OrganizationMembers::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OrganizationMembers::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Organizations::Table).to_owned())
            .await
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
    Name,
    LegalForm,
    Kind,
    Country,
    Street,
    PostalCode,
    City,
    PlaceId,
    RegionCode,
    Lat,
    Lon,
    Website,
    Email,
    Phone,
    FoundingYear,
    SizeClass,
    NaceMain,
    NaceCodes,
    Languages,
    Keywords,
    Description,
    Contacts,
    Ico,
    Dic,
    HrNumber,
    VatId,
    Demo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganizationMembers {
    Table,
    OrganizationId,
    UserId,
    Role,
    CreatedAt,
}
